# The math module's common functions and constants.
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(7))
print(math.trunc(-2.7), math.fabs(-3), math.pow(2, 10), math.hypot(3, 4))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1) * 4)
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
