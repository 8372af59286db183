# round() uses banker's rounding to ints; with ndigits it rounds the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.2345, 3), round(3.14159, 0), round(1234.5678, -2))
print(round(7), round(1234, -2), round(1250, -2), round(1350, -2), round(-15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
