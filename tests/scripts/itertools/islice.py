# itertools.islice: every argument form, its consumption of the source and its errors
from itertools import islice, count

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)))
print(list(islice("ABCDEFG", None, None, None)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice("AB", 5, 10)))
print(list(islice("ABC", 0)))
err("huge stop", lambda: islice(range(10), 2**70))
import sys
print(list(islice(range(10), sys.maxsize)), list(islice(range(10), 8, sys.maxsize, sys.maxsize)))

# consumption: islice(it, n) takes no more than it needs
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 9, 3)), next(it))

class I:
    def __index__(self):
        return 2
print(list(islice("abcdef", I(), I() + 2 if False else 4)))

err("neg stop", lambda: islice("a", -1))
err("neg start", lambda: islice("a", -1, 3))
err("neg stop 3", lambda: islice("a", 1, -3))
err("float", lambda: islice("a", 1.5))
err("str start", lambda: islice("a", "x", 2))
err("zero step", lambda: islice("a", 0, 1, 0))
err("neg step", lambda: islice("a", 0, 1, -1))
err("float step", lambda: islice("a", 0, 1, 1.0))
err("one arg", lambda: islice("a"))
err("five args", lambda: islice("a", 1, 2, 3, 4))
err("kw", lambda: islice("a", stop=1))
err("non-iterable", lambda: islice(3, 1))
s = islice("abc", 2)
print(iter(s) is s, next(s), next(s))
err("exhausted", lambda: next(s))
