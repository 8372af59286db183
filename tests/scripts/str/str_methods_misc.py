# center/ljust/rjust/zfill padding, partition, and str() of various values.
print("[" + "ab".center(6) + "]", "[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5))
print("key=value=x".partition("="), "nosep".partition("="), "a.b.c".rpartition("."))
print(str(12), str(1.5), str(None), str([1, "a"]), str(-0.0), str())
