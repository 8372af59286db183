# split: on whitespace runs by default, on a separator, with maxsplit; rsplit from the right.
print("  a  b\tc\n d  ".split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a::b::c".split("::"))
print("".split(), "".split(","))
print("one two three four".split(None, 2))
print("a b c d".rsplit(" ", 1), "a b c d".rsplit(None, 2))
print("no-sep".split("x"))
print("line1\nline2\r\nline3\n".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print(e)
