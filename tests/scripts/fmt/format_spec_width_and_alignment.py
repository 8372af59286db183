# Format specs: width, alignment <, >, ^, =, fill characters, for strings and numbers.
print("[{:10}]".format("left"), "[{:>10}]".format("right"), "[{:^10}]".format("mid"))
print("[{:*<8}]".format("a"), "[{:->8}]".format("b"), "[{:.^9}]".format("c"))
print("[{:8}]".format(42), "[{:<8}]".format(42), "[{:^8}]".format(42), "[{:=+8}]".format(42))
print("[{:08}]".format(-42), "[{:2}]".format("toolong"), "[{:.3}]".format("truncate"))
print("[{:>{w}}]".format("nested", w=9))
