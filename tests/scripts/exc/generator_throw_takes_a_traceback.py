# gen.throw(type, value, tb): the exception continues the given traceback; a non-traceback third argument is a TypeError.
import sys


def source():
    raise ValueError("first")


def gen():
    yield 1
    yield 2


try:
    source()
except ValueError as e:
    tb = e.__traceback__

g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("k"), tb)
except KeyError as k:
    names = []
    t = k.__traceback__
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names, k.__traceback__.tb_next.tb_next is tb)

g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("k"), 5)
except TypeError as x:
    print(x)

g = gen()
next(g)
g.throw(KeyError, None, tb)
