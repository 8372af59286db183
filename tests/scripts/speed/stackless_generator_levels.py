# A stackless generator body runs its if/while/for blocks as levels of a loop (a yield
# returns at once, a resume starts in the innermost block): break/continue through
# nested ifs, else blocks, loops without yields nested deeper than any yield, iterators
# let go at the right moment, errors and their lines, return from deep inside, the
# deepest nesting that still runs stackless and one past it.
import sys
import traceback


class Noisy:
    def __init__(self, name, n=4):
        self.name = name
        self.items = iter(range(n))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items)

    def __del__(self):
        print("  freed", self.name)


def control(n):
    i = 0
    while i < n:
        i += 1
        for x in Noisy("inner%d" % i):
            if x == 0:
                continue
            if x == 1:
                yield ("one", i)
            elif x == 2:
                if i == 2:
                    break
                yield ("two", i)
            else:
                if i == 3:
                    yield ("before-break", i)
                    break
                yield ("three", i)
        else:
            yield ("for-else", i)
        print("  after for", i)
    else:
        yield "while-else"
    yield "end"


for v in control(4):
    print(v)


def else_breaks():
    for a in range(3):
        for b in range(2):
            yield (a, b)
        else:
            if a == 1:
                break          # the else of the inner loop: ends the outer loop
            yield ("inner-else", a)
            continue
        yield "never"
    else:
        yield "outer-else (not reached)"
    while False:
        yield "no"
    else:
        pass
    for c in []:
        yield c
    else:
        yield "empty-for-else"
    yield "done"


print(list(else_breaks()))


def deep_without_yields(n):
    yield "start"
    total = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                if (a + b + c) % 2:
                    total += 1
                else:
                    while total > 100:
                        total -= 1
                        break
    yield total
    i = 0
    while i < 3:
        i += 1
        for k in range(i):
            if k == 1:
                for z in range(2):
                    for w in range(2):
                        total += z * w
                continue
            yield ("k", i, k, total)


print(list(deep_without_yields(5)))


def empty():
    return "nothing"
    yield


def delegating():
    r = yield from empty()
    yield r
    r = yield from []
    yield r
    for i in range(2):
        r = yield from empty()
        if i:
            yield from (i, r)
    x = yield from iter([])
    yield x


print(list(delegating()))


def ranges():
    for i in range(10, 0, -3):
        yield i
    for i in range(0):
        yield "no"
    for i in range(2 ** 70, 2 ** 70 + 2):
        yield i - 2 ** 70
    r = range(3)
    for i in r:
        for j in r:
            if j > i:
                break
            yield (i, j)


print(list(ranges()))


def returns_deep():
    for a in Noisy("outer"):
        while True:
            for b in Noisy("middle"):
                if b == 1:
                    yield (a, b)
                    return ("ret", a, b)
                yield b


g = returns_deep()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped", e.value)


def try_in_loop():
    for i in Noisy("try-loop"):
        try:
            if i == 2:
                break
            if i == 0:
                continue
        finally:
            print("  finally", i)
        yield i
    yield "after"


print(list(try_in_loop()))


def fails(where):
    n = 0
    while n < 3:
        for x in [1, 2]:
            if x == 2 and where == "if":
                yield 1 / 0
            elif n == 1 and where == "elif" and x > 1 // 0:
                yield "never"
            yield x
        n += 1
        while where == "while" and n > 1 // (n - 2):
            yield "w"
            break


for where in ("if", "elif", "while"):
    try:
        print(where, list(fails(where)))
    except ZeroDivisionError:
        tb = traceback.format_exc().splitlines()
        print(where, [line.split(", ")[1] for line in tb if line.startswith("  File")], tb[-1])


def sent():
    total = 0
    for i in range(3):
        if i == 1:
            while True:
                got = yield ("in while", total)
                if got is None:
                    break
                total += got
        got = yield ("in for", i)
        total += got or 0
    return total


s = sent()
print(next(s), s.send(5), s.send(7), s.send(None), s.send(1))
try:
    s.send(2)
except StopIteration as e:
    print("total", e.value)

s = sent()
next(s)
next(s)
print(s.gi_frame.f_lineno)
try:
    s.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown out", e, s.gi_frame)

c = control(5)
print(next(c), next(c), next(c))
print("closing")
c.close()
print("closed", c.gi_frame)


# Nesting at the limit of stackless levels (32) and one past it (CPython allows 20
# nested loops; ifs nest freely).
def nest(depth):
    lines = ["def g():"]
    for d in range(depth):
        if d < 10:
            lines.append("    " * (d + 1) + "for v%d in range(2):" % d)
        else:
            lines.append("    " * (d + 1) + "if v%d == v0:" % (d % 10))
    lines.append("    " * (depth + 1) + "yield (v0, v9)")
    lines.append("    " * (depth + 1) + "if v9:")
    lines.append("    " * (depth + 2) + "return")
    lines.append("    " * depth + "yield 'end'")
    ns = {}
    exec("\n".join(lines), ns)
    return ns["g"]


for depth in (30, 31, 32, 33):
    print(depth, list(nest(depth)()))


def recursion(n):
    if n:
        for x in recursion(n - 1):
            yield x
    else:
        yield "bottom"


limit = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    print(list(recursion(20)))
    print(list(recursion(200)))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(limit)
