# An uncaught exception's traceback through generators whose stacks were moved out.
import sys
sys.setrecursionlimit(5000)

def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

def inner(k):
    yield k
    if k == 37:
        raise KeyError(depth(2000))
    yield k

def middle(k):
    result = yield from inner(k)
    return result

def outer(gens):
    for g in gens:
        next(g)
    for g in gens:
        yield next(g)

gens = [middle(k) for k in range(60)]
total = 0
for x in outer(gens):
    total += x
