# CPython's dataclasses module, its pure-Python source unmodified, on hotpy: fields, defaults, default_factory, frozen, order, asdict, astuple, replace, __post_init__
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import dataclasses
assert dataclasses.__file__.startswith("/usr/lib/python3.11/"), dataclasses.__file__
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass
@dataclass(order=True)
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
p = Pt(1, 2)
print(p, p == Pt(1, 2), p < Pt(2, 0), asdict(p), astuple(p), replace(p, x=5), [f.name for f in fields(p)])
@dataclass(frozen=True)
class F:
    a: int
    def double(self): return self.a * 2
try:
    F(1).a = 2
except FrozenInstanceError as e:
    print('frozen:', e)
print(hash(F(3)) == hash(F(3)), F(2).double(), is_dataclass(F), is_dataclass(F(1)))
@dataclass
class Q:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale): self.b = self.a * scale
print(Q(2, 5), Q(3))
@dataclass(kw_only=True)
class K:
    name: str
    n: int = 1
print(K(name='k'))
try:
    K('x')
except TypeError as e:
    print(e)
