# dataclasses: inheritance, explicit methods kept, order with compare=False, errors, 'self' field, post-init with init=False, factories in asdict/astuple, frozen slots, match_args=False
from dataclasses import *
from typing import ClassVar, Optional, List
import dataclasses
@dataclass
class A:
    x: int
    y: List[int] = field(default_factory=list, repr=False)
    z: ClassVar[str] = 'cv'
    w: 'Optional[int]' = None
a = A(1); print(a, A.z, a.w, [f.name for f in fields(a)])
@dataclass(eq=True, frozen=True)
class F:
    a: int
    b: tuple = ()
print({F(1): 'x'}[F(1)], F(1) == F(1), F(1) is F(1))
@dataclass
class WithDefaultsInherit(A):
    extra: int = 5
print(WithDefaultsInherit(2), WithDefaultsInherit.__init__.__code__.co_varnames[:5])
@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 1
b = Bare(); print(b.a, '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__, '__init__' in Bare.__dict__)
@dataclass
class Custom:
    a: int
    def __repr__(self): return 'custom'
    def __eq__(self, o): return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)
@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False)
print(O(1, 'z') < O(2, 'a'), O(1, 'z') == O(1, 'y'), sorted([O(3, 'c'), O(1, 'a')]))
try:
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int = field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass
    class Bad3:
        x = field()
except TypeError as e: print(e)
@dataclass
class Self_:
    self: int
print(Self_(3))
@dataclass
class Post:
    a: int
    b: int = field(init=False, default=0)
    def __post_init__(self): self.b = self.a * 10
print(Post(2), replace(Post(2), a=3))
print(astuple(Post(1), tuple_factory=list), asdict(Post(1), dict_factory=lambda kv: sorted(kv)))
@dataclass
class Nested:
    items: dict
    pair: tuple
n = Nested({'k': Post(1)}, (Post(2), [Post(3)]))
print(asdict(n))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(1)
try: fs.a = 2
except FrozenInstanceError as e: print('frozen', e)
print(FS.__slots__, fs)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, '__match_args__'))
print(is_dataclass(dataclasses.field), MISSING is dataclasses.MISSING, repr(KW_ONLY)[:30] != '')
