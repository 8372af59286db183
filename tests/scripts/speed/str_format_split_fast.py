# Fast paths of str formatting and splitting, each beside the general path it skips:
# an empty format spec on a small int or exact str appends the text directly; int
# specs without separators pad with zeros without grouping; %-format skips padding
# when there is none; split by one ASCII byte uses memchr.

# str.format: empty specs on ints, strs, and what must still call __format__/__str__
print("{}-{}-{}".format(0, -7, 2**70), "{}{}".format(True, False), "{}|{}".format("", "x"))
print("{} {!s} {!r}".format(-9223372036854775808, 12, "q"))
class S(str):
    def __format__(self, spec): return "S!" + spec
class P(str): pass
class I(int):
    def __format__(self, spec): return "I!" + spec
class J(int):
    def __str__(self): return "J!"
print("{}|{}|{}|{}|{:>4}".format(S("ab"), P("cd"), I(3), J(4), I(5)))
print("{0}{0}{1}".format(12, "é"), "{a}{b}".format(a=1, b="z"), "{:}".format(42))

# int format specs: padding, zero fill, signs, alignment, fills of any width,
# separators (the grouping path), other bases, 'c', and errors
for spec in [">6", "<6", "^7", "=+8", "08", "+", " ", "-", "06", "0=6", "x<5", "é>5", "🎉^9",
             ",", "_", "010,", "012_", "_x", "#x", "#010b", "o", "X", "c", "5c", "d", "n", "", "3"]:
    for v in [0, 7, -5, 233, 1234567, -1234567, 2**65, -(2**65)]:
        try:
            print(repr(spec), v, repr(format(v, spec)), repr(("{:" + spec + "}").format(v)))
        except (ValueError, OverflowError) as e:
            print(repr(spec), v, type(e).__name__, e)
for bad in [".2", "z", ",c", "=s"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(repr(bad), e)
print(format(3.5, "08.2f"), format(-2.0, "+010.3e"), format(0.25, "7.1%"), format(1e20, ",.2f"))
print(len(format(12, "é>5")), len(format(12, "🎉^9")), format(12, "é>5")[0] == "é")

# %-formatting: widths, left alignment, precision, and no padding at all
print("%d/%s/%d" % (5, "y", 991), "%5d|%-5d|%05d" % (3, 4, -5), "%s|%5s|%-5s|%.2s" % ("ab", "cd", "ef", "ghij"))
print("%s %s %r %a" % (1, P("p"), "é", "é"), "%(a)s-%(b)5s" % {"a": 1, "b": "x"}, "100%%" % ())
print("%c%c|%3c" % (65, "é", "z"), "%x %X %o %#x %+d % d" % (255, 255, 8, 255, 3, 4))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)

# split by one byte, by several, by whitespace; maxsplit; non-ASCII text around the separator
for text in ["a,b,,c", ",", "", "abc", ",a,", "é,ü,", "x,é,,ÿ,z", "a, b, c"]:
    print(text.split(","), text.split(",", 1), text.split(",", 0), text.split(",", -1), text.split(", "))
    print(text.rsplit(",", 1), text.split())
print("aXbXc".split("X"), "a::b::".split("::"), "one two  three".split(" "), "1\n2\n".split("\n"))
print("a\x00b\x00".split("\x00"), "ééé".split("é"), "aéb".split("é"))
class T(str): pass
r = T("a,b").split(",")
print(r, [type(x).__name__ for x in r], [type(x).__name__ for x in T("ab").split(",")])
try:
    "a".split("")
except ValueError as e:
    print(e)
try:
    "a".split(1)
except TypeError as e:
    print(e)
