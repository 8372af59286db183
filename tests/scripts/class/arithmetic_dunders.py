# Arithmetic dunders, reflected forms (__radd__, __rmul__), __neg__, __abs__ and in-place fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(b / 2, b // 2, b % 2)
print(sum([a, b, Vec(10, 10)]))
v = a
v += b
print(v, a)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
