# Wrong calls raise TypeError with CPython's messages.
def f(a, b):
    return a + b
def g(x, y=1):
    return x
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3),
             lambda: f(1, a=2), lambda: g(), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
