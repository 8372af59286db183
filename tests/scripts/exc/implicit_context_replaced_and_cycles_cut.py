# Implicit chaining as CPython 3.11's _PyErr_SetObject: an exception raised while another
# is handled gets that one as __context__ even when it had a context already, and a
# context chain that would loop back to it is cut where it would.
e = KeyError("e")
try:
    raise ValueError("v1")
except ValueError:
    try:
        raise e
    except KeyError:
        pass
print(repr(e.__context__))
try:
    raise TypeError("t")
except TypeError:
    try:
        raise e
    except KeyError:
        pass
print(repr(e.__context__))
# cycle
a = ValueError("a")
try:
    try:
        raise a
    except ValueError:
        raise KeyError("b")
except KeyError as b:
    bb = b
print(repr(bb.__context__), repr(a.__context__))
try:
    raise bb
except KeyError:
    try:
        raise a
    except ValueError:
        pass
print(repr(a.__context__), repr(bb.__context__))
# a native error raised again while a different exception is handled
d = {}
try:
    d["k"]
except KeyError as first:
    saved = first
try:
    raise NameError("n")
except NameError:
    try:
        raise saved
    except KeyError as e:
        print(repr(e.__context__))
# a longer chain through the handled exception
x = ValueError("x")
try:
    try:
        try:
            raise x
        except ValueError:
            raise KeyError("k1")
    except KeyError:
        raise IndexError("i1")
except IndexError as i1:
    try:
        raise x
    except ValueError as e:
        c = e
        chain = []
        while c is not None and len(chain) < 6:
            chain.append(repr(c))
            c = c.__context__
        print(" -> ".join(chain))
