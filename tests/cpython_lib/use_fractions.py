# CPython's fractions module, its pure-Python source unmodified, on hotpy: Fraction arithmetic, parsing, limit_denominator, hashing
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import fractions
assert fractions.__file__.startswith("/usr/lib/python3.11/"), fractions.__file__
from fractions import Fraction as F
print(F(3, 6), F('1/3') + 1, F(0.5), F('1.25'), F(1, 3) * F(3, 4), F(7, 2) // 1, F(-7, 2) % 3, F(2, 3) ** 2)
print(F(355, 113).limit_denominator(10), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), float(F(1, 3)), round(F(7, 2)), repr(F(1, 3)))
