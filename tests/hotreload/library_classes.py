# patch=True with the classes real modules define: a dataclass, a NamedTuple, an ABC
# patch in place; an Enum (its metaclass guards its namespace) is rebound and reported
# changed, not patched. A generator suspended in the old code, and a function running
# while its own module is patched, finish their old code; new calls run the new code.
import sys
import hotreload
from hrtest import write, expect

V1 = '''
    import abc, dataclasses, enum, sys, typing
    import hotreload
    class Color(enum.Enum):
        RED = 1
    @dataclasses.dataclass
    class Point:
        x: int = 1
        def norm(self): return abs(self.x)
    class Pair(typing.NamedTuple):
        a: int
        b: int = 0
        def total(self): return self.a + self.b
    class Shape(abc.ABC):
        @abc.abstractmethod
        def area(self): ...
    class Box(Shape):
        def area(self): return 1
    def counter():
        yield "v1-first"
        yield "v1-second"
    def reload_myself():
        hotreload.reload(sys.modules[__name__], patch=True)
        return "v1 finished"
'''
write("libclasses", V1)
import libclasses as lc
Color, Point, Pair, Shape, Box = lc.Color, lc.Point, lc.Pair, lc.Shape, lc.Box
gen = lc.counter()
expect(next(gen), "v1-first")
p, pair, box = Point(-3), Pair(1, 2), Box()

write("libclasses", V1.replace("v1", "v2").replace("x: int = 1", "x: int = 5")
      .replace("return abs(self.x)", "return abs(self.x) * 10").replace("return self.a + self.b", "return self.a * 100 + self.b")
      .replace("return 1\n", "return 2\n").replace("RED = 1", "RED = 1\n        BLUE = 2"))
expect(lc.reload_myself(), "v1 finished")
expect(next(gen), "v1-second")
expect(list(lc.counter()), ["v2-first", "v2-second"])
expect(lc.reload_myself(), "v2 finished")

rep = hotreload.reload(lc, patch=True)
assert lc.Point is Point and lc.Pair is Pair and lc.Shape is Shape and lc.Box is Box
expect((p.norm(), Point(), pair.total(), box.area()), (30, Point(x=5), 102, 2))
assert isinstance(box, lc.Shape) and isinstance(pair, lc.Pair)
assert lc.Color is not Color
expect([c.name for c in lc.Color], ["RED", "BLUE"])
print("ok")
