# exc.__traceback__ is a chain of traceback objects (tb_next, tb_lineno, tb_lasti, tb_frame with f_code, f_globals, f_back), as library code walks them.
import sys

__unittest = True


def inner(n):
    if n == 0:
        raise ValueError("deep")
    return inner(n - 1)


def outer():
    inner(2)


try:
    outer()
except ValueError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)
    print(TracebackType.__name__, TracebackType.__module__, FrameType.__name__, FrameType.__module__)
    tb = exc.__traceback__
    print(sys.exc_info()[2] is tb, sys.exc_info()[2] is exc.__traceback__)
    while tb is not None:
        code = tb.tb_frame.f_code
        print(tb.tb_lineno, tb.tb_frame.f_lineno, code.co_name, code.co_filename.rsplit("/", 1)[-1],
              type(tb.tb_lasti).__name__, "__unittest" in tb.tb_frame.f_globals)
        tb = tb.tb_next
    tb = exc.__traceback__
    print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_back)
    frames = []
    t = tb
    while t is not None:
        frames.append(t.tb_frame)
        t = t.tb_next
    # Each frame's caller is the frame before it; one activation is one frame object.
    print([f.f_back is b for f, b in zip(frames[1:], frames)])
    print(frames[1].f_code is outer.__code__, frames[2].f_code is inner.__code__)
    print(len({id(f) for f in frames}) == len(frames))


# An exception raised and caught inside a function: the handler's frame is the running one.
def catcher():
    try:
        inner(0)
    except ValueError as e:
        here = sys._getframe()
        return e.__traceback__.tb_frame is here, e.__traceback__.tb_frame.f_lineno - here.f_code.co_firstlineno


print(catcher())


# Exceptions never raised have no traceback; one re-raised elsewhere grows at its head.
print(ValueError("x").__traceback__)


def reraise(e):
    raise e


def depth(tb):
    n = 0
    while tb is not None:
        n, tb = n + 1, tb.tb_next
    return n


try:
    inner(1)
except ValueError as e:
    first = e.__traceback__
    print(depth(first))
    try:
        reraise(e)
    except ValueError as again:
        print(again is e, depth(e.__traceback__), e.__traceback__.tb_next.tb_next is first)
        print([t.tb_frame.f_code.co_name for t in (e.__traceback__, e.__traceback__.tb_next)])
