# An exception raised inside a handler records the handled one as __context__.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise TypeError("alone")
except TypeError as e:
    print(e.__context__)
