# An uncaught exception with no arguments prints just its class name.
def f():
    raise KeyError
f()
