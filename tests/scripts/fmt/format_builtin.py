# format(value, spec) calls the same machinery as str.format; no spec means str().
print(format(3.14159, ".3f"), format(42, "b"), format(42, "08d"), format("s", "^5"))
print(format(1234567, ","), format(0.5, "%"), format(255, "#X"), repr(format(12)))
print(format(True), format(None), format([1, 2]), format(2.5))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
m = Money(3.5)
print(format(m), format(m, ".1f"), "{:.3f}".format(m), f"{m}")
