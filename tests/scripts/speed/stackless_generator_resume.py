# The common resume of a stackless generator (suspended, within the recursion limit)
# takes a short path: values sent into `yield v` statements, bare yields, throw at a
# yield, the running generator re-entered, handled exceptions on both sides,
# generator expressions given a value, and the recursion limit (the general path).
import sys


def plain():
    for i in range(3):
        yield i
        yield
    x = yield "assign"
    print("  got", x)


p = plain()
print(next(p), p.send("ignored"), p.send([1, 2]), p.send(None))
print(list(p.send("x") for _ in range(1)))
try:
    p.send("end")
except StopIteration as e:
    print("stop", e.value)


def handles():
    while True:
        try:
            raise KeyError("inner")
        except KeyError:
            seen = repr(sys.exc_info()[1])
        yield seen


g = handles()
print(next(g), repr(sys.exc_info()[1]))
try:
    raise ValueError("outer")
except ValueError:
    print(next(g), repr(sys.exc_info()[1]))
    try:
        raise TypeError("nested")
    except TypeError:
        print(next(g), repr(sys.exc_info()[1]))
    print(next(g), repr(sys.exc_info()[1]))
print(next(g), repr(sys.exc_info()[1]))


def reenter():
    for i in range(2):
        try:
            next(me)
        except ValueError as e:
            print("  inside:", e)
        print("  running:", me.gi_running)
        yield i


me = reenter()
print(list(me))

ge = (x * 2 for x in range(3))
print(next(ge), ge.send("dropped"), next(ge))


def throws():
    i = 0
    while True:
        if i > 1:
            yield i
        i += 1


t = throws()
print(next(t))
try:
    t.throw(IndexError("in"))
except IndexError as e:
    print("out", e, t.gi_frame)


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        for i in range(3):
            yield i


old = sys.getrecursionlimit()
sys.setrecursionlimit(80)
d = deep(30)
print(next(d), next(d))
try:
    print(list(deep(100)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)


# A stackless loop over a generator steps it directly; other iterators by their __next__.
def returns(n):
    for i in range(n):
        yield i
    return "returned"


def raises():
    yield 1
    raise LookupError("from the inner generator")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("class stop")
        self.n -= 1
        return self.n


def loops(it):
    for x in it:
        yield x
    else:
        yield "else"


print(list(loops(returns(2))), list(loops(Countdown(2))), list(loops(iter([7]))))
try:
    print(list(loops(raises())))
except LookupError as e:
    print("LookupError", e)
try:
    next(map(str, returns(0)))
except StopIteration as e:
    print("map stop", e.args)
print(list(loops(loops(returns(1)))))
