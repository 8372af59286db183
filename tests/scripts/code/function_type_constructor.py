# types.FunctionType(code, globals, name, argdefs, closure): a new function over existing code, with CPython's argument checks
def f(a, b=2):
    "doc"
    return a + b + x
FT = type(f)
def outer():
    y = 1
    def inner(): return y
    return inner
i = outer()
for args in [(5, {}), (f.__code__, 5), (f.__code__, {}, 5), (f.__code__, {}, None, [1]), (i.__code__, {}),
             (i.__code__, {}, None, None, ()), (i.__code__, {}, None, None, (5,)), (f.__code__, {}, None, None, (i.__closure__[0],)),
             (f.__code__,), ()]:
    try:
        FT(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
g = FT(f.__code__, {"x": 10})
print(g(1, 2), g.__name__, g.__defaults__, g.__doc__, g.__module__, g.__qualname__)
g = FT(f.__code__, {"x": 10, "__name__": "mod"}, "nm", (7,))
print(g(1), g.__name__, g.__defaults__, g.__module__, g.__qualname__)
j = FT(i.__code__, {}, None, None, i.__closure__)
print(j(), j.__closure__ == i.__closure__)
print(FT(code=f.__code__, globals={"x": 1}, argdefs=(1,))(1))
ge = (n * 2 for n in range(3))
code = ge.gi_code
print(code.co_name, code.co_filename.endswith(".py"), code.co_firstlineno, type(code).__name__)
def holder():
    return (m for m in "ab")
print(holder().gi_code.co_qualname, list(holder()))
