# CPython's typing module, its pure-Python source unmodified, on hotpy: generic aliases, TypeVar, Generic, Protocol, NamedTuple, TypedDict, get_type_hints
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import typing
assert typing.__file__.startswith("/usr/lib/python3.11/"), typing.__file__
from typing import (Optional, List, Dict, Union, Callable, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, Literal, Any, cast, get_type_hints, get_origin, get_args, runtime_checkable)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Optional[int], List[int], Dict[str, int], Union[int, str], Callable[[int], str], Box[int], Literal[1, 2])
class NT(NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT._fields, get_type_hints(NT))
class TD(TypedDict):
    k: int
print(TD(k=1), get_origin(List[int]), get_args(Dict[str, int]), cast(int, 'a'))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen))
def f(a: int, b: 'str' = '') -> Optional[List[int]]: pass
print(get_type_hints(f))
