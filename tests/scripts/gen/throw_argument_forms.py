# generator.throw() takes an instance, a class, or (class, value, traceback) as CPython 3.11, with its TypeErrors for the rest.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

x = g()
next(x)
x.throw(ValueError("inst"))
x.throw(ValueError)
x.throw(ValueError, "msg")
x.throw(ValueError, ("a", "b"))
x.throw(ValueError, ValueError("same"))
x.throw(ValueError, None, None)
for args in [(1,), (ValueError, 3, 4), (ValueError("i"), 3), ("text",), (int,)]:
    try:
        x.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
