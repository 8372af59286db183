# _functools.partial, reduce and cmp_to_key: calls, flattening, reprs, attributes and errors as CPython's
from _functools import partial, reduce, cmp_to_key
import operator

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

def f(*args, **kw):
    return args, dict(sorted(kw.items()))

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)
q = partial(p, 7, c=8)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1, key=abs)), repr(partial(int)))
r = partial(print, "x")
print(repr(r) == "functools.partial(<built-in function print>, 'x')")
err("no args", lambda: partial())
err("not callable", lambda: partial(1))
err("bad call", lambda: partial(len, 1, 2)())

class C:
    meth = partial(f, "bound?")
print(C().meth(1))

class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
mp.extra = 2
print(mp(2), type(mp).__name__, mp.extra, repr(mp).startswith("MyPartial(<function f"))
nested = partial(mp, 3)
print(nested.func is mp, nested.args)
rp = partial(f); rp.__dict__["note"] = 1; print(rp.note)
red = p.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:3])
cp = partial(len)
cp.__setstate__(red[2])
print(cp(), cp.args)
print(partial[int])

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, ["a"]), reduce(operator.concat, [[1], [2]], []))
err("reduce empty", lambda: reduce(operator.add, []))
err("reduce non-iterable", lambda: reduce(operator.add, 5))
err("reduce kw", lambda: reduce(operator.add, [1], initial=0))
err("reduce 1 arg", lambda: reduce(operator.add))

def cmp(a, b):
    return (a > b) - (a < b)
key = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=key), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj, type(k1).__name__)
err("hash key", lambda: hash(k1))
err("compare other", lambda: k1 < 3)
print(sorted([(1, "b"), (1, "a")], key=cmp_to_key(lambda x, y: cmp(x[0], y[0]))))
print(max(["aa", "b", "cccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
