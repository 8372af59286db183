# float() from ints and strings; int() truncates floats toward zero.
print(float(3), float(-7), float(10 ** 20), float(2 ** 63))
print(float("1.5"), float("  -2.25 "), float("1e3"), float(".5"), float("1_0.5"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(2.0 ** 80))
print(3.0 == 3, float(True), 7.0 // 2, 7.5 // 2)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
