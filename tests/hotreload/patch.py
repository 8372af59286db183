# patch=True: functions and classes the module defined before and defines again stay
# the old objects, which take the new code, defaults, keyword defaults, annotations,
# docstring and __dict__ (a class: the new body's namespace). So `from m import f`
# holders, stored callbacks, bound methods and old instances run the new code, and
# isinstance(old_instance, m.C) stays true. A class hierarchy in one module patches as
# a whole; super() in a patched method works on old instances.
import hotreload
from hrtest import write, expect

write("shapes", '''
    def area(w, h=1):
        "old doc"
        return w * h
    area.tag = "old"
    def scale(x, *, k=2):
        return x * k
    class Shape:
        sides = 0
        def describe(self):
            return "shape v1"
        def who(self):
            return "Shape"
        @staticmethod
        def unit():
            return "s1"
        @classmethod
        def make(cls):
            return cls.__name__ + " v1"
        @property
        def kind(self):
            return "k1"
    class Square(Shape):
        sides = 4
        def who(self):
            return "Square>" + super().who()
    alias = area
''')
import shapes
from shapes import area, scale, Shape, Square
callbacks = [shapes.area]
sq = Square()
bound = sq.describe
unit = Shape.unit
make = Square.make
expect((area(3), scale(3), bound(), sq.who(), unit(), make(), sq.kind), (3, 6, "shape v1", "Square>Shape", "s1", "Square v1", "k1"))

write("shapes", '''
    def area(w, h=10) -> int:
        "new doc"
        return w * h + 1
    area.tag = "new"
    def scale(x, *, k=5):
        return x * k
    class Shape:
        sides = 0
        colour = "red"
        def describe(self):
            return "shape v2 " + self.colour
        def who(self):
            return "Shape2"
        @staticmethod
        def unit():
            return "s2"
        @classmethod
        def make(cls):
            return cls.__name__ + " v2"
        @property
        def kind(self):
            return "k2"
    class Square(Shape):
        sides = 4
        def who(self):
            return "Square2>" + super().who()
    alias = area
    made_here = Square()
''')
rep = hotreload.reload(shapes, patch=True)
expect(rep.patched, {"shapes": ["Shape", "Square", "alias", "area", "scale"]})
expect(rep.changed, {"shapes": ["Shape", "Square", "alias", "area", "scale"]})
expect(rep.added, {"shapes": ["made_here"]})
assert shapes.area is area and shapes.alias is area and shapes.Shape is Shape and shapes.Square is Square
expect(area(3), 31)
expect(callbacks[0](3, 2), 7)
expect(area.__doc__, "new doc")
expect(area.__defaults__, (10,))
expect(area.__annotations__, {"return": int})
expect(area.tag, "new")
expect(scale(3), 15)
expect(scale.__kwdefaults__, {"k": 5})
expect(bound(), "shape v2 red")
expect(sq.who(), "Square2>Shape2")
expect((unit(), make(), sq.kind), ("s2", "Square v2", "k2"))
assert isinstance(sq, shapes.Square) and isinstance(sq, shapes.Shape)
# An instance the new code made at the top level is one of the class the module keeps.
assert type(shapes.made_here) is Square
expect(shapes.made_here.who(), "Square2>Shape2")

# Reloading identical code changes nothing and patches nothing.
rep = hotreload.reload(shapes, patch=True)
expect(rep.changed, {"shapes": ["made_here"]})
expect(rep.patched, {"shapes": []})
assert shapes.area is area

# Without patch the names are rebound to new objects, as plain reload does.
write("shapes", "def area(w, h=1):\n    return -1\nclass Shape: pass\n")
rep = hotreload.reload(shapes)
assert shapes.area is not area
expect(area(3), 31)
expect(rep.patched, {"shapes": []})
expect("area" in rep.changed["shapes"], True)
print("ok")
