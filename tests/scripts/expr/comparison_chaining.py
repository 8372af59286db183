# Chained comparisons evaluate each operand once and stop at the first false link.
def val(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1)
print(val(1) < val(0) < val(5))
print(val(1) < val(2) < val(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 < 2 == 2 > 1 != 0)
