# x >> n and x << n of small ints at the node: counts of 0 to 63 and beyond, negative
# numbers, bools, results that outgrow 64 bits, negative counts (ValueError).
vals = [0, 1, -1, 5, -5, 255, -256, 2**62, -2**62, 2**63 - 1, -2**63, 2**64, -2**64 - 3, True, False]
counts = [0, 1, 3, 8, 31, 62, 63, 64, 65, 100, 2**70, True]
out = []
for x in vals:
    for y in counts:
        try:
            out.append(x >> y)
        except Exception as e:
            out.append(type(e).__name__)
        try:
            out.append(x << y if y < 200 else "skip")
        except Exception as e:
            out.append(type(e).__name__)
print(out)
for x in vals:
    for y in (-1, -64):
        for f in (lambda a, b: a >> b, lambda a, b: a << b):
            try:
                f(x, y)
            except ValueError as e:
                print(e)
def consts(n):
    return n >> 8, n << 3, n >> 70, n << 62, (n * 1103515245 + 12345) & 0x7FFFFFFF
print([consts(v) for v in (0, 1, -1, 12345678, -12345678, 2**40, 2**61)])
x = 7
x >>= 1
y = 3
y <<= 61
print(x, y, True >> 1, True << 1, False << 5)
