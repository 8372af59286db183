# code.replace() makes a renamed copy (name, qualname, filename, first line) that a function can take as its __code__; bad keywords raise TypeError.
def f():
    return 1
c = f.__code__.replace(co_name="renamed", co_firstlineno=9, co_filename="other.py")
print(c.co_name, c.co_qualname, c.co_firstlineno, c.co_filename, f.__code__.co_name, c == f.__code__)
print(f.__code__.replace().co_name)
for bad in [dict(co_bogus=1), dict(co_name=1)]:
    try:
        f.__code__.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__code__.replace(1)
except TypeError as e:
    print("TypeError:", e)
f.__code__ = c
print(f.__name__, f.__code__.co_name, f())
print(f.__code__ is f.__code__, f.__code__ is c)
