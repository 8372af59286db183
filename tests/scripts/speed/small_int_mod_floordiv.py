# % and // of two small ints, worked out in the evaluator: signs of both operands,
# zero divisors, the int64 edges (INT64_MIN // -1 and % -1), and operands that are
# not plain ints (bool, big ints, floats, a subclass with its own operators).
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, 2**62, -(2**62), 2**63 - 1, -(2**63)]
out = []
for x in vals:
    for y in vals:
        if y == 0:
            continue
        out.append((x % y, x // y))
print(len(out), sum(a for a, b in out) % 1000003, sum(b for a, b in out) % 1000003)
print(out[:20])
m = -(2**63)
print(m // -1, m % -1, type(m // -1).__name__, m // 1, m % 1)
for x in [17, -17]:
    print(x % 5, x % -5, x // 5, x // -5, x % 1, x // 1, x % 977, x // 991)
i = 12345
print(i % 100, i % 977, i % 5000, i * 7919 % 2003, i // 7, -i // 7, (-i) % 7)
for y in (0,):
    for op in ("%", "//"):
        try:
            print(eval("5 " + op + " y"))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
print(True % 2, 7 % True, 7.5 % 2, 7 // 2.0, 2**70 % 7, 2**70 // 7, -7 % 2**70)
class I(int):
    def __mod__(self, o):
        return "mod"
    def __rfloordiv__(self, o):
        return "rfloordiv"
print(I(7) % 2, 7 // I(2), I(7) // 2)
