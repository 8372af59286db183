# The whole CPython 3.11 traceback: one entry per frame with file, line, function, source line.
def inner(n):
    raise RuntimeError("failed at depth %d" % n)

def middle(n):
    inner(n + 1)

def outer():
    middle(1)

print("calling")
outer()
