# / always returns a float, correctly rounded even for big operands.
print(7 / 2, 6 / 3, -1 / 3, 1 / 7)
print(10 ** 20 / 10 ** 10, 2 ** 70 / 2 ** 69, (10 ** 30 + 1) / 10 ** 15)
print(type(4 / 2).__name__)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
