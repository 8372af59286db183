# X | Y makes types.UnionType, list[int] a types.GenericAlias: reprs, args, equality, calls, isinstance rules, __class_getitem__
u = int | str
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance(3.0, u), issubclass(bool, int | None))
print(int | None, None | int, (int | str) | float, int | int, u == (str | int), hash(u) == hash(str | int))
g = list[int]
print(g, type(g).__name__, g.__origin__, g.__args__, dict[str, list[int]], tuple[int, ...], g == list[int])
print(list[int]([1, 2]), type(list[int]()).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class C:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(C[int], C["x"])
try: int | 3
except TypeError as e: print(e)
print(list[int] | None)
try: isinstance(1, list[int] | int)
except TypeError as e: print(e)
print(type[int], set[str], frozenset[int], type(None) | int)
