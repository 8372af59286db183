# Mixing int and float gives float; ** with float, negative bases and fractional exponents.
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 0.5, 4 ** -0.5, 2.0 ** 10)
print(0.1 * 3, 0.1 + 0.7, 1.0 - 0.9, 100 * 1.1)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-2.5), -(-0.0), 1e308 + 1e308)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
