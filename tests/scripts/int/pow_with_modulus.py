# Three-argument pow is modular exponentiation; negative exponents give floats.
print(pow(3, 100, 7), pow(2, 10, 1000), pow(5, 0, 3), pow(7, 1, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 100), pow(3, 100))
print(pow(2, -1), 2 ** -2, 10 ** -3)
print(pow(-2, 3), pow(-2, 3, 5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
