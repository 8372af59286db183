# operator.itemgetter, attrgetter and methodcaller: calls, dotted names, reprs and errors as CPython's
from operator import itemgetter, attrgetter, methodcaller

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

g = itemgetter(1)
print(g([1, 2, 3]), g("ab"), g({1: "one"}), itemgetter(0, 2)("abc"), itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(sorted([(1, "b"), (0, "z"), (2, "a")], key=itemgetter(1)), itemgetter(-1)((1, 2)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(None))))
err("itemgetter()", lambda: itemgetter())
err("itemgetter range", lambda: itemgetter(5)([1]))
err("itemgetter 2 args", lambda: g([1], [2]))
err("itemgetter kw", lambda: itemgetter(1, x=2))

class N:
    pass
a = N(); a.b = N(); a.b.c = 42; a.name = "n"
print(attrgetter("name")(a), attrgetter("b.c")(a), attrgetter("name", "b.c")(a))
print(repr(attrgetter("name")), repr(attrgetter("b.c", "name")))
err("attrgetter()", lambda: attrgetter())
err("attrgetter int", lambda: attrgetter(1))
err("attrgetter missing", lambda: attrgetter("b.zz")(a))
print(sorted(["bb", "a", "ccc"], key=methodcaller("__len__")))

m = methodcaller("upper")
print(m("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(repr(m), repr(methodcaller("f", 1, "x", k=2, j=[3])))
err("methodcaller()", lambda: methodcaller())
err("methodcaller int", lambda: methodcaller(5))
err("methodcaller missing", lambda: methodcaller("nope")(1))
err("methodcaller 0 args", lambda: m())
print(type(g).__name__, type(g).__module__, repr(type(m)))
print(g.__reduce__())
