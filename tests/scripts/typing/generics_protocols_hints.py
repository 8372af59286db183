# typing: generic subclasses and substitution, Generic errors, runtime protocols (data and method members), get_type_hints with forward refs, unions with |, get_args/get_origin, NamedTuple/TypedDict forms and errors, equality and hashing
from typing import *
import typing, collections.abc
T = TypeVar('T'); U = TypeVar('U')
class Box(Generic[T]):
    pass
class IntBox(Box[int]):
    pass
class Pair(Box[T], Generic[T, U]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, Pair.__parameters__, [c.__name__ for c in IntBox.__mro__])
print(Box[List[int]], Pair[str, int], List[Optional[T]][int], Dict[T, List[T]][str], Callable[[T], U][int, str])
try: Generic[int]
except TypeError as e: print(e)
try:
    class Bad(Generic[T], Generic[U]): pass
except TypeError as e: print(e)
try:
    class Bad2(Box[T], Generic[U]): pass
except TypeError as e: print(e)
@runtime_checkable
class HasName(Protocol):
    name: str
class N:
    name = 'x'
print(isinstance(N(), HasName), isinstance(3, HasName))
try: issubclass(N, HasName)
except TypeError as e: print(e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance([], Sized2))
class Impl(Sized2):
    def __len__(self): return 0
print(len(Impl()), Impl._is_protocol)
def f(x: int, *args: str, y: 'List[int]' = None, **kw: float) -> 'Box[int]': pass
print(get_type_hints(f))
class Fwd:
    child: 'Fwd'
    items: List['Fwd']
print(get_type_hints(Fwd))
print(Union[int, str] | None, Optional[List[int]] | str, int | Literal[1])
print(get_args(Union[int, List[str]]), get_args(Literal['a', 1]), get_args(Tuple[int, ...]), get_origin(Tuple[int]), get_origin(Callable[..., int]))
print(Type[Box], Iterable[Tuple[int, str]], AbstractSet[int], typing.ByteString, Awaitable[int], Coroutine[int, str, None], Generator[int, None, None])
print(TypedDict('TD', {'a': int}, total=False).__optional_keys__, NamedTuple('NT', x=int)._fields)
class NT(NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT(1)._replace(b='y'), NT.__annotations__, isinstance(NT(1), tuple))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
print(repr(Literal[1]), Literal[1] | Literal[2], ClassVar[List[int]], Final[int])
try: ClassVar[int, str]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
print(List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]), Union[int, str] == Union[str, int, int])
print(typing.get_type_hints(NT), cast(List[int], 'x'), typing.no_type_check(f) is f, get_type_hints(f))
print(typing.Text, AnyStr.__constraints__, SupportsIndex, Hashable, Sized, typing.Reversible[int])
