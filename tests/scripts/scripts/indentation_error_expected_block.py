# A block header followed by an unindented line is an IndentationError.
def f():
    if True:
    return 1
