# __init__ sets instance attributes; methods receive the instance as self.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, p.norm2())
print(q.x, q.y, q.norm2())
print(Point.norm2(q))
print(type(p).__name__, type(p) is Point)
