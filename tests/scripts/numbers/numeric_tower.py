# numbers: the numeric tower ABCs, registrations of int/float/complex/bool, abstract methods, derived mixins
import numbers
for value in (1, True, 2.5, 3j):
    print(type(value).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(value, c)])
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__), sorted(numbers.Integral.__abstractmethods__))
try:
    numbers.Integral()
except TypeError as e:
    print(e)
class Seven(numbers.Integral):
    def __int__(self): return 7
    __index__ = numbers.Integral.__index__
for name in numbers.Integral.__abstractmethods__:
    if name != '__int__':
        setattr(Seven, name, lambda self, *a: NotImplemented)
Seven.__abstractmethods__ = frozenset()
s = Seven()
print(s.__index__(), float(s), s.denominator, numbers.Integral.__float__(s), numbers.Number.__hash__, sorted(numbers.__all__))
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
Half.__abstractmethods__ = frozenset()
print(numbers.Rational.__float__(Half()), numbers.Real.__divmod__(7.5, 2), numbers.Complex.__sub__(5, 2))
