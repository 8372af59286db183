# An error inside an except or finally block replaces the one being handled.
try:
    try:
        raise ValueError("first")
    except ValueError:
        [][0]
except IndexError as e:
    print("got", type(e).__name__, "with context", type(e.__context__).__name__)
try:
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print("got", type(e).__name__, e)
