# Functions are values: stored, passed, returned, compared by identity; they have __name__ and __doc__.
def twice(f, x):
    return f(f(x))
def inc(x):
    return x + 1
print(twice(inc, 5))
ops = {"inc": inc, "neg": lambda x: -x}
print(ops["inc"](1), ops["neg"](1))
alias = inc
print(alias.__name__, alias is inc, callable(alias))
def documented():
    """Docstring here."""
print(documented.__doc__)
