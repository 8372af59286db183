# str.count of one character (counted eight bytes a step), join with one-character
# and longer separators, and split pieces: every length around the word size,
# non-ASCII text, windows, subclasses and errors.
for n in range(0, 26):
    s = ("ab\x80o" * 10)[:n]
    counts = [s.count(c) for c in "abo\x80\x00x"]
    print(n, counts, s.count("o", 3), s.count("o", 2, n - 1), s.count("o", -5))
text = "héllo wörld, oh so slow: o\u20aco\U0001f600o" * 3
print(text.count("o"), text.count("ö"), text.count("l"), text.count(""), text.count("o", 5, 30))
print(("\xff" * 17).count("\xff"), ("o" * 64).count("o"), ("o" * 63 + "x").count("o"))

class S(str):
    pass
words = "the quick brown fox jumps over the lazy dog".split()
for sep in ["", " ", ",", "::", "é", "\U0001f600", S("-")]:
    j = sep.join(words)
    print(repr(j), len(j), j.split(sep) == words if sep else None)
print(",".join([S("a"), "b", S("c")]), type(",".join([S("a")])).__name__, ",".join(("x",)))
print("-".join(iter(["p", "q"])), "-".join([]), repr("-".join(["only"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
line = ",".join("item%d:%d" % (i, i * 3) for i in range(100))
fields = line.split(",")
print(len(fields), fields[0], fields[99], len(line), line[:20])
print("a,b,,c,".split(","), "ééé,x".split(","), "".split(","), "abc".split("abc"))
