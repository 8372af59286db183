# Float literals: trailing dot, leading dot, exponents, underscores.
print(1., .5, 3.25, 0.0)
print(1e3, 1E-3, 2.5e+2, .5e1, 1_000.000_1)
print(1e308, 1e-308, 5e-324)
print(type(1.), type(1e0), type(10))
