# len(x) and isinstance(x, C) are computed at the call node when the callee is the
# builtin itself; every other case must behave as the builtin call would.
import abc


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def lengths(xs):
    return [len(x) for x in xs]


print(lengths([[], [1, 2], (1,), "héllo", b"ab", {1: 2}, {1, 2, 3}, frozenset(), range(5), Sized(4)]))
for bad in (5, None, Sized(-1), Sized("x"), Sized(2**70)):
    try:
        len(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == 42


class Odd(metaclass=Meta):
    pass


class Base(abc.ABC):
    pass


Base.register(int)


class Proxy:
    @property
    def __class__(self):
        return A


def checks(x):
    return [isinstance(x, A), isinstance(x, B), isinstance(x, (int, A)), isinstance(x, object), isinstance(x, Odd),
            isinstance(x, Base), isinstance(x, int | str)]


for x in (A(), B(), 42, "s", Proxy(), True):
    print(type(x).__name__, checks(x))
for bad in (5, (int, 5), "str"):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError:", e)


def shadowed():
    len = lambda x: "mine"
    isinstance = lambda x, y: "also mine"
    return len([1]), isinstance(1, int)


print(shadowed())


def missing():
    return len(undefined_name)


try:
    missing()
except NameError as e:
    print("NameError:", e)


def deep(n):
    return isinstance(n, int) and len([n]) + (deep(n - 1) if n else 0)


print(deep(50))
print(sum(len("ab" * i) for i in range(100)), sum(isinstance(i, bool) for i in (True, 1, 0, False)))
