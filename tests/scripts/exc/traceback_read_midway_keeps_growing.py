# A traceback read while the exception is handled keeps its objects, and grows at its head as a bare raise unwinds further; printing shows all of it.
import sys

seen = []


def fail():
    raise ValueError("v")


def middle():
    try:
        fail()
    except ValueError as e:
        seen.append(e.__traceback__)
        seen.append(sys.exc_info()[2])
        raise


def outer():
    middle()


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(names(seen[0]))
    print(names(tb))
    print(seen[0] is seen[1], tb.tb_next.tb_next is seen[0])


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    deep(n - 1)


try:
    deep(50)
except KeyError as e:
    print(len(names(e.__traceback__)), names(e.__traceback__)[-2:])
    frames = []
    t = e.__traceback__
    while t is not None:
        frames.append(t.tb_frame)
        t = t.tb_next
    print(all(f.f_back is b for f, b in zip(frames[1:], frames)))
    print(frames[0].f_locals is globals(), frames[-1].f_code.co_name)


def catch_and_reraise_twice():
    try:
        fail()
    except ValueError as e:
        first = e.__traceback__
        try:
            raise e
        except ValueError as again:
            return first, again.__traceback__


first, second = catch_and_reraise_twice()
print(names(first), names(second), second.tb_next is first, second.tb_frame is first.tb_frame)

sys.tracebacklimit = 2
try:
    outer()
except ValueError as e:
    e.__traceback__
    raise
