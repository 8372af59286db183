# f.__code__: parameter counts, varnames (no captured locals), freevars, interface flags, names, line
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    def inner(): return x
    return inner
def g(x, /, y): pass
for fn in (f, g, f(1, c=1), lambda q: q):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_freevars, c.co_flags & 0x3f, c.co_firstlineno, c.co_filename == __file__)
print(type(f.__code__).__name__)


def decorate(func):
    return func


@decorate
@decorate
def decorated():
    pass


print(decorated.__code__.co_firstlineno)  # the first decorator's line, as CPython's
