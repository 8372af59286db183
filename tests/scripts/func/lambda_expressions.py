# lambda makes an anonymous function with defaults, *args and closures.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
mul = lambda n: lambda x: x * n
print(mul(3)(4))
print((lambda: None)())
print(square.__name__)
