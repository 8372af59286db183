# Generators whose yields are whole statements of if/while/for blocks (they run without a stack of their own) behave as any other: sends, throws, close, frames, tracebacks, loop iterators (also to the cycle collector), else branches, generator expressions, yield from.
import gc
import sys
import traceback
import weakref


def nested(n):
    for i in range(n):
        if i % 3 == 0:
            yield ("three", i)
        elif i % 3 == 1:
            j = 0
            while j < i:
                j += 1
                if j == 2:
                    continue
                if j > 4:
                    break
                yield ("while", i, j)
            else:
                yield ("while-else", i)
        else:
            for k in "ab":
                yield ("for", i, k)
            else:
                yield ("for-else", i)
    else:
        yield "done"
    return "ret"


g = nested(7)
print(list(g))
g = nested(2)
try:
    while True:
        next(g)
except StopIteration as e:
    print("stop value", e.value)


def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got
        x, y = yield from pair(got)
        print("pair gave", x, y)


def pair(v):
    a = yield ("pair-a", v)
    b = yield ("pair-b", v)
    return a, b


e = echo()
print(next(e), e.send(5), e.send("A"), e.send("B"), e.send(1))
print(type(e.gi_yieldfrom).__name__, e.gi_frame.f_lineno, e.gi_running)
try:
    e.send(None)
except StopIteration as s:
    print("echo returned", s.value)


def watched():
    for i in range(3):
        print("running?", gen_ref().gi_running, "line", sys._getframe().f_lineno)
        yield i


wg = watched()
gen_ref = weakref.ref(wg)
print(next(wg), wg.gi_frame.f_lineno, wg.gi_running)
print(wg.gi_frame.f_locals)


def catcher():
    while True:
        try:
            value = 1
        except ValueError:
            pass
        for i in range(2):
            yield i


c = catcher()
print(next(c), next(c))
try:
    c.throw(ValueError("into the loop"))
except ValueError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line for line in tb if not line.startswith("  File")))
    print([line.split(", ")[1] for line in tb if line.startswith("  File")])
print(c.gi_frame)


# An iterator that says when it goes, and whether the generator looping over it (if
# registered in `gens`) is running then.
class Noisy:
    def __init__(self, name):
        self.name = name
        self.items = iter(range(5))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items)

    def __del__(self):
        g = gens.get(self.name)
        print("freed", self.name, "running:", g.gi_running if g else None)


gens = {}


def over(name):
    for x in Noisy(name):
        yield x
    print("after loop", name)


# close() of a body suspended in a loop: its iterator goes while the generator still runs.
o = over("closed")
gens["closed"] = o
print(next(o), next(o))
frame = o.gi_frame
print(frame.f_lineno, sorted(frame.f_locals))
print(o.close(), o.gi_frame, o.gi_running, frame.f_lineno)
print(list(o), o.close())
o = over("dropped")
next(o)
del o
print("after drop")


def body_error():
    for i in range(3):
        yield i
        if i == 1:
            {}["missing"]


try:
    for v in body_error():
        print("got", v)
except KeyError:
    print(traceback.format_exc().splitlines()[-3:])


def leaks_stop():
    yield 1
    raise StopIteration("inner")


try:
    list(leaks_stop())
except RuntimeError as err:
    print(type(err).__name__, err, repr(err.__cause__))


def recurse(n):
    if n:
        yield from recurse(n - 1)
    else:
        yield "bottom"


print(list(recurse(50)))
limit = sys.getrecursionlimit()
try:
    list(recurse(limit + 10))
except RecursionError as err:
    print("RecursionError", err)

ge = (x * y for x in range(4) if x != 2 for y in "ab" if y)
print(next(ge), ge.gi_frame.f_lineno)
print(list(ge))
ge = (x for x in range(10))
print(next(ge))
try:
    ge.throw(OSError("thrown into genexpr"))
except OSError as err:
    print("genexpr threw", err, ge.gi_frame)
ge = (x for x in range(10))
next(ge)
ge.close()
print(list(ge))
print(sum(i for i in range(100)), list(x for x in "abc"), tuple(nested(2)))


made = []


class Endless:
    def __init__(self):
        made.append(self)

    def __iter__(self):
        return self

    def __next__(self):
        return 1


def cyclic():
    for x in Endless():
        yield x


cg = cyclic()
next(cg)
made.pop().gen = cg  # a cycle only through the suspended loop's iterator
probe = weakref.ref(cg)
del cg
gc.collect()
print("cycle collected", probe() is None)



def returns_value():
    for i in range(3):
        yield i
    return "value"


rv = returns_value()
next(rv)
rv.close()
try:
    next(rv)
except StopIteration as stop:
    print("after close", stop.value)


# Bodies of both kinds resuming each other, many suspended at once (the stackful ones
# yield inside an expression).
def inner_stackful(n):
    for i in range(n):
        [(yield i)]


def middle_stackless(n):
    for x in inner_stackful(n):
        yield x * 2


def outer_stackful(n):
    for x in middle_stackless(n):
        [(yield x + 1)]


mixed = [outer_stackful(50) for _ in range(200)]
mixed_total = 0
for round_ in range(50):
    for m in mixed:
        mixed_total += next(m)
print(mixed_total)


def alternating(n):
    if n == 0:
        yield 0
        return
    if n % 2:
        for x in alternating(n - 1):
            [(yield x + 1)]
    else:
        for x in alternating(n - 1):
            yield x + 1


print(list(alternating(150)))
