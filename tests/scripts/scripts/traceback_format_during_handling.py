# An exception raised while handling another shows both, joined by "During handling ...".
try:
    raise KeyError("first")
except KeyError:
    raise TypeError("second")
