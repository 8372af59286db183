# A right operand whose class derives from the left's gets its reflected comparison tried first.
class Base:
    def __lt__(self, other):
        return 'Base.__lt__'

    def __eq__(self, other):
        return 'Base.__eq__'

    __hash__ = object.__hash__


class Derived(Base):
    def __gt__(self, other):
        return 'Derived.__gt__'


class Inherits(Base):
    pass


class Declines(Base):
    def __gt__(self, other):
        return NotImplemented


print(Base() < Derived(), Derived() < Base(), Base() < Base())
print(Base() < Inherits(), Base() == Inherits(), Inherits() == Base())
print(Base() < Declines())


class Sized(int):
    def __gt__(self, other):
        return 'Sized.__gt__'


print(1 < Sized(5), Sized(5) > 1, 1 > Sized(5))
