# A unary dunder written in Python answers for itself: NotImplemented comes back as a value (no fallback, no TypeError)
class C:
    def __neg__(self):
        return NotImplemented
    def __invert__(self):
        return "inverted"
print(-C(), ~C())
try:
    +C()
except TypeError as e:
    print("TypeError:", e)
class I(int):
    def __neg__(self):
        return NotImplemented
print(-I(3), +I(3), ~I(3))
