# with open(...) closes the file on exit, even when the body raises.
with open("out.txt", "w") as f:
    f.write("hello")
    print("closed inside:", f.closed)
print("closed after:", f.closed)
try:
    with open("out.txt") as g:
        print(g.read())
        raise RuntimeError("stop")
except RuntimeError:
    print("closed after error:", g.closed)
try:
    f.write("more")
except ValueError as e:
    print(e)
