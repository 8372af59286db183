# __traceback__ assignment, with_traceback, tb_next assignment (loop check) and TracebackType(...) with CPython's errors.
import sys


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    exc = e
tb = exc.__traceback__
TracebackType = type(tb)

for bad in ("exc.__traceback__ = 5", "del exc.__traceback__", "exc.with_traceback(3)",
            "TracebackType(5, tb.tb_frame, 0, 1)", "TracebackType(None, 5, 0, 1)",
            "TracebackType(None, tb.tb_frame, 'a', 1)", "TracebackType(None, tb.tb_frame, 1)",
            "tb.tb_next = 5", "del tb.tb_next", "tb.tb_next = tb", "type(tb.tb_frame)()",
            "sys._getframe().clear()", "sys._getframe(1000)", "sys._getframe('a')"):
    try:
        exec(bad)
    except Exception as x:
        print(bad, "->", type(x).__name__, x)
    else:
        print(bad, "ok")

print(exc.with_traceback(None) is exc, exc.__traceback__)
print(exc.with_traceback(tb) is exc, exc.__traceback__ is tb)
exc.__traceback__ = None
print(exc.__traceback__)

made = TracebackType(None, tb.tb_frame, 7, 42)
print(type(made) is TracebackType, made.tb_lineno, made.tb_lasti, made.tb_next, made.tb_frame is tb.tb_frame)
chain = TracebackType(tb_next=made, tb_frame=sys._getframe(), tb_lasti=0, tb_lineno=3)
print(chain.tb_next is made)
try:
    made.tb_next = chain
except ValueError as x:
    print("loop:", x)
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = made
print(tb.tb_next is made)

exc.__traceback__ = chain
try:
    raise exc
except KeyError as again:
    t = again.__traceback__
    print(t.tb_lineno, t.tb_next is chain, t.tb_next.tb_next is made)
    print(sys.exc_info()[2] is t)
