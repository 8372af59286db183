# Arithmetic that overflows 64 bits promotes to a big int instead of wrapping.
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * m)
n = -m - 1
print(n, -n, abs(n), n - 1, n * -1, n // -1)
print(m + 1 - 1 == m, type(m + 1).__name__)
x = 1
for i in range(70):
    x *= 3
print(x)
print(3037000500 * 3037000500, 4611686018427387904 + 4611686018427387904)
print(1 << 63, 1 << 64, (1 << 64) >> 1, -(1 << 63) >> 62)
