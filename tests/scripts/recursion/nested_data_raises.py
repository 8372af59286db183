# repr/str/==/isinstance of data nested 100,000 deep raise RecursionError (with CPython's message) at once; hash of nested tuples is computed.
import time

N = 100000


def nest(kind, n, inner):
    x = inner
    for _ in range(n):
        if kind == "list":
            x = [x]
        elif kind == "tuple":
            x = (x,)
        else:
            x = {1: x}
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (bool, int)) else type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)


start = time.time()
for kind in ["list", "tuple", "dict"]:
    a = nest(kind, N, 0)
    b = nest(kind, N, 0)
    attempt(kind + " repr", lambda: repr(a))
    attempt(kind + " str", lambda: str(a))
    attempt(kind + " format", lambda: f"{a}")
    attempt(kind + " ==", lambda: a == b)
    attempt(kind + " !=", lambda: a != b)
    attempt(kind + " <", lambda: kind != "dict" and a < b)
    attempt(kind + " in", lambda: a in [b])

classes = nest("tuple", N, int)
attempt("isinstance", lambda: isinstance("x", classes))
attempt("issubclass", lambda: issubclass(str, classes))
# CPython 3.11 does not count tuple hashing: 100,000 levels are hashed.
attempt("tuple hash", lambda: hash(nest("tuple", N, ())))
# quick, not quadratic in the depth
print(time.time() - start < 10)


# The largest depth that still works: one level per repr / comparison / isinstance.
def deepest(f):
    n = 900
    while True:
        try:
            f(n)
        except RecursionError:
            return n - 1
        n += 1


print("repr list", deepest(lambda n: repr(nest("list", n, 0))))
print("str tuple", deepest(lambda n: str(nest("tuple", n, 0))))
print("repr dict", deepest(lambda n: repr(nest("dict", n, 0))))
print("== list", deepest(lambda n: nest("list", n, 0) == nest("list", n, 0)))
print("< tuple", deepest(lambda n: nest("tuple", n, 0) < nest("tuple", n, 1)))
print("isinstance tuple", deepest(lambda n: isinstance("x", nest("tuple", n, int))))
