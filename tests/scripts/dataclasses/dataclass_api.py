# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen, field options, InitVar, KW_ONLY, __post_init__, asdict/astuple/replace/make_dataclass, slots, errors
from dataclasses import *
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); print(p, p == Point(1, 0), p != Point(2), Point.__doc__, Point.__match_args__)
print([(f.name, f.type, f.default is MISSING, f.init, f.repr, f.kw_only) for f in fields(p)], astuple(p), asdict(p))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = field(default=(), compare=False, repr=False)
v = Version(1, 2); print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash((1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del v.minor
except FrozenInstanceError as e: print(e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default='s', repr=False)
    def __post_init__(self): Inv.count += 1
a = Inv('a'); b = Inv('b'); a.items.append(1); print(a, b, Inv.count, [f.name for f in fields(Inv)])
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale): self.y = self.x * scale
w = WithInit(3); print(w, WithInit(3, 5), replace(w, x=10, scale=1))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=1), K.__doc__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__, K2.__doc__)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])]); print(asdict(n)); print(astuple(n))
C = make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.y + self.z})
c = C(1, 2); print(c, c.total(), C.__module__, is_dataclass(C), is_dataclass(c), is_dataclass(3))
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)), Point.__hash__)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
f = dataclasses.fields(Point)[1]; print(f.name, f.default, f.hash, f.compare, dict(f.metadata), f.default_factory is MISSING)
print(repr(InitVar[int]), Point.__dataclass_params__)
try: fields(3)
except TypeError as e: print(e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(5), Derived.__doc__)
try:
    @dataclass(frozen=True)
    class FD(Base): pass
except TypeError as e: print(e)
try: replace(w, y=3)
except ValueError as e: print(e)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
match Point(1, 2):
    case Point(x, y): print('match', x, y)
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
@dataclass
class Meta:
    x: int = field(default=1, metadata={'unit': 'cm'})
print(fields(Meta)[0].metadata['unit'], Meta.x, Meta())
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v * 2
print(WithProp(4).v)
from typing import Any
@dataclass
class Str:
    a: 'int'
    b: 'ClassVar[int]' = 3
print([f.name for f in fields(Str)], Str(1))
