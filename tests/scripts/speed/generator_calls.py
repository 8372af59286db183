# Calls of generator functions (and async ones) with plain parameters take a direct
# path: arguments into the generator's slots, defaults, cells, methods, errors.
import sys


def count(n, step=1, scale=[1]):
    i = 0
    while i < n:
        yield i * scale[0]
        i += step


print(list(count(5)), list(count(5, 2)), list(count(4, 1, [10])))


class Tree:
    def __init__(self, items):
        self.items = items

    def walk(self, prefix=""):
        for x in self.items:
            yield prefix + str(x)

    def pairs(self):
        for a in self.items:
            for b in self.items:
                for c in (0, 1):
                    yield a, b, c


t = Tree([1, 2])
print(list(t.walk()), list(t.walk(">")), len(list(t.pairs())))


def outer(k):
    def inner(n):
        for i in range(n):
            yield i + k
    return inner


print(list(outer(10)(3)))


def closes_over_param(n):
    def get():
        return n
    yield get
    n += 1
    yield get


g = closes_over_param(5)
first = next(g)
print(first(), next(g)(), first())


def drop_defaults(v):
    count.__defaults__ = None
    return v


try:
    count(drop_defaults(3))
except TypeError as e:
    print("TypeError", e)
count.__defaults__ = (1, [1])
try:
    count()
except TypeError as e:
    print("TypeError", e)
try:
    t.walk(1, 2)
except TypeError as e:
    print("TypeError", e)


async def coro(x, y=2):
    return x * y


c = coro(3)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result", e.value)


def failing_arg():
    raise ValueError("argument failed")


try:
    count(failing_arg())
except ValueError as e:
    print("ValueError", e)


def deep(n):
    if n == 0:
        return list(count(2))
    return deep(n - 1)


sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("RecursionError", e)
print(deep(50))


def empty():
    return
    yield


print([list(empty()) for _ in range(3)], sum(1 for _ in empty()))


def nested_loops(rows):
    for row in rows:
        for item in row:
            if item:
                yield item


print(list(nested_loops([[1, 0, 2], [], [3]])))
g = nested_loops([[1, 2], [3]])
print(next(g))
g.close()
print(list(g))


def uncaught():
    gen = count(2, 1, None)
    return list(gen)


uncaught()
