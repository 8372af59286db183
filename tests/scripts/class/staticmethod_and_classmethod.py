# staticmethod takes no instance; classmethod receives the class, including a subclass.
class Shape:
    sides = 0
    @staticmethod
    def describe(n):
        return "%d-sided" % n
    @classmethod
    def make(cls):
        obj = cls()
        return obj
    @classmethod
    def count(cls):
        return cls.sides
class Square(Shape):
    sides = 4
print(Shape.describe(3), Square().describe(4))
print(type(Square.make()).__name__, Square.count(), Shape.count())
