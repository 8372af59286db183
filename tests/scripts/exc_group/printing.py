# How uncaught exception groups print (CPython 3.11's boxes): nesting, chains inside members, notes, width and depth limits
import sys

def show(exc):
    sys.excepthook(type(exc), exc, exc.__traceback__)

def raiser(e):
    raise e

def caught(e):
    try:
        raiser(e)
    except BaseException as x:
        return x

# Members that were raised have their own tracebacks; a cause inside a member.
def with_cause():
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
members = [caught(ValueError(1)), TypeError(2)]
try:
    with_cause()
except ValueError as v:
    members.append(v)
show(caught(ExceptionGroup("many", members)))

# Nested groups and notes on groups and members.
inner = ExceptionGroup("inner", [caught(OSError("o")), KeyError("x")])
inner.add_note("inner note")
outer = BaseExceptionGroup("outer", [inner, KeyboardInterrupt()])
outer.add_note("first line\nsecond line")
show(caught(outer))

# More than 15 members, groups deeper than 10.
show(ExceptionGroup("wide", [ValueError(i) for i in range(18)]))
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep)

# A group as the context of another exception, and a group in a chain of groups.
try:
    try:
        raise ExceptionGroup("during", [ValueError(1)])
    except ExceptionGroup:
        raise RuntimeError("after")
except RuntimeError as r:
    show(r)

def fail():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("handler failed")
fail()
