# The printed traceback is what the traceback objects say after with_traceback(), __traceback__ = and tb_next =.
import sys


def fail():
    raise ValueError("v")


def call_fail():
    fail()


def drop_earlier_frames():
    try:
        call_fail()
    except ValueError as e:
        raise e.with_traceback(None)


def other_traceback():
    try:
        call_fail()
    except ValueError as e:
        saved = e.__traceback__
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e.with_traceback(saved)


def skip_middle():
    try:
        call_fail()
    except ValueError as e:
        e.__traceback__.tb_next = e.__traceback__.tb_next.tb_next
        raise


def cause_with_traceback():
    try:
        call_fail()
    except ValueError as e:
        e.__traceback__ = None
        raise RuntimeError("r") from e


for f in (drop_earlier_frames, other_traceback, skip_middle, cause_with_traceback):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
        sys.stderr.flush()

try:
    call_fail()
except ValueError as e:
    tb = e.__traceback__
raise TypeError("t").with_traceback(tb.tb_next)
