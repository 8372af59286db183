# A stackless body resumed at `yield from` over a generator steps that generator
# directly: values sent through, the delegate's return value (to a target or dropped),
# its exceptions (with tracebacks), and the fallbacks: delegates that are not
# generators, throw and close while delegating, a delegate already running.
import traceback


def inner(n, fail=False):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  inner got", got)
    if fail:
        raise KeyError("inner failed")
    return "inner-ret-%d" % n


def outer():
    yield from inner(2)
    r = yield from inner(3)
    print("  r =", r)
    a = b = yield from inner(0)
    print("  a, b =", a, b)
    r = yield from [10, 11]
    print("  list gives", r)
    r = yield from iter(range(2))
    yield r


print(list(outer()))

o = outer()
print(next(o), o.send("s1"), o.send("s2"), next(o), o.send("s3"))
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running)
print(list(o))


def failing():
    try_count = 0
    while try_count < 1:
        try_count += 1
        yield from inner(2, fail=True)
    yield "unreached"


f = failing()
print(next(f), next(f))
try:
    next(f)
except KeyError:
    tb = traceback.format_exc().splitlines()
    print([line.split(", ")[1] for line in tb if line.startswith("  File")], tb[-1])
print(f.gi_frame, f.gi_yieldfrom)


def stopper():
    yield 1
    raise StopIteration("inside")


def wraps_stopper():
    yield from stopper()


w = wraps_stopper()
print(next(w))
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def thrown():
    while True:
        yield from inner(5)


t = thrown()
print(next(t), next(t))
try:
    t.throw(ValueError("thrown at the delegate"))
except ValueError as e:
    print("out", e, t.gi_yieldfrom)

c = thrown()
print(next(c), next(c))
d = c.gi_yieldfrom
c.close()
print("closed", c.gi_frame, d.gi_frame)


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("class-ret")
        return self.n


def over_class():
    r = yield from Iter()
    yield r


print(list(over_class()))


def reenters():
    yield from me_inner()


def me_inner():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("  reentered:", e)
    yield 2


me = reenters()
print(list(me))


def shared(sub):
    yield from sub


s = inner(4)
x, y = shared(s), shared(s)
print(next(x), next(y), next(x), next(y))
try:
    print(next(x), next(y))
except StopIteration as e:
    print("stop", e.value)
print(next(y, "y done"), next(x, "x done"))
