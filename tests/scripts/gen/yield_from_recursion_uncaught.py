# Unbounded yield-from recursion raises RecursionError with CPython's traceback shape.
def g(n):
    yield from g(n + 1)
def drive():
    for x in g(0):
        pass
drive()
