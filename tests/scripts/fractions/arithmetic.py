# fractions.Fraction: construction (ints, floats, strings), arithmetic with ints/floats/complex, comparisons, hashing, rounding, limit_denominator, errors
from fractions import Fraction as F
import math
print(F(3, 6), F(-4, -8), F(5), F(1, -3), repr(F(2, 4)), F(0.5), F(0.1), F('3/4'), F(' -1.25e2 '), F('1_000'), F('.5'), F('7.'), F(F(1, 3)))
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, F(-2, 3) ** -3, b ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(2) ** F(1, 2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, 7 // a, 7 % b, divmod(7, b), a + True)
print(a < b, a <= b, a > 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, a != b, F(1, 2) < 1, 2 > F(3, 2), F(1) == 1 + 0j, a == float('nan'), a < float('inf'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)), hash(F(-7, 9)), len({F(1, 2), 0.5, F(2, 4)}))
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 3)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(5), F(0.1).limit_denominator(), F(-5, 7).limit_denominator(2))
print(F.from_float(0.25), F.from_float(3), F(10, 4).as_integer_ratio(), F(5, 3).numerator, F(5, 3).denominator, bool(F(0)), bool(F(1, 9)), str(F(-3, 1)), F(3, 7).real, F(3, 7).imag)
for bad in [lambda: F(1, 0), lambda: F(1) / 0, lambda: F(0) ** -1, lambda: F('x'), lambda: F('1/'), lambda: F('1__0'), lambda: F(1.5, 2),
            lambda: F([1]), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F.from_float('1'), lambda: F(1).limit_denominator(0), lambda: 1 / F(0), lambda: F(1) < 'a']:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 10)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(7, 3), 2.3), F(1, 3) ** 0, F(2, 3) ** 1)
