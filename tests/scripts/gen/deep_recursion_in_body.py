# Recursion deep inside a generator body works up to a raised sys.setrecursionlimit.
import sys
sys.setrecursionlimit(100000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

def gen(n):
    yield depth(n)
    yield depth(n // 2)

g = gen(50000)
print(next(g))
others = [gen(10) for _ in range(5)]
print([next(o) for o in others])
print(next(g))

# recursion that itself goes through generators: each level resumes the next
def nested(n):
    if n == 0:
        yield 0
        return
    for x in nested(n - 1):
        yield x + 1

print(list(nested(3000)))

# past the raised limit, RecursionError as usual
def endless(n):
    return endless(n + 1)

def runs_away():
    yield endless(0)

try:
    next(runs_away())
except RecursionError as e:
    print("RecursionError:", e)
