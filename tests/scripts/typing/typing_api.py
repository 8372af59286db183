# typing: reprs of special forms and aliases, Union/Optional rules, get_origin/get_args, TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints, overload
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); V_co = TypeVar('V_co', covariant=True); S = TypeVar('S', int, str)
print(T, K, V_co, S, T.__name__, K.__bound__, S.__constraints__, T.__module__)
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[T], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Iterator[str], Mapping[str, int], Sequence[T][int])
print(List, Dict, Callable, Tuple, Any, typing.NoReturn, ClassVar[int], Final[str], Literal[1, 'a', True], Annotated[int, 'meta', 2])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]), get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], Optional[int] == (int | None), List[int] == List[int], int | List[int], List[int] | None)
print(isinstance([], List), issubclass(list, List), isinstance(3, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Union[1]
except TypeError as e: print(e)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
print(Box[int], Box.__parameters__, Box[int](3).item, Box[int].__origin__, Box.__mro__)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair[int, T][str])
try: Box[int, str]
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class NR(Protocol):
    def m(self): ...
try: isinstance(F(), NR)
except TypeError as e: print(e)
try: NR()
except TypeError as e: print(e)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('x'); print(e, e.greet(), Emp._fields, Emp.__annotations__, Emp._field_defaults)
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'b'), E2.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m = Movie(title='x', year=1); print(m, type(m), Movie.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__, is_typeddict(Movie))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'x'), TYPE_CHECKING)
def f(a: 'int', b: List['str'] = None) -> Optional[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'List[int]'
    z: ClassVar[int] = 3
class B(A):
    w: Annotated[str, 'm']
print(get_type_hints(B), get_type_hints(B, include_extras=True))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), len(get_overloads(g)))
@final
class Fin: pass
print(Fin.__final__)
P = ParamSpec('P'); print(P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P])
print(typing.Self, typing.LiteralString, typing.Never, typing.TypeAlias, typing.AnyStr, typing.Text)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), issubclass(float, SupportsFloat))
try: Any()
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: Optional()
except TypeError as e: print(e)
print(repr(ForwardRef('X')), List['X'])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Generic, Protocol, Annotated, type(Any))
print(IO[str], TextIO, BinaryIO.__mro__[1])
