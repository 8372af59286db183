# types.GenericAlias can be subclassed (collections.abc does) and mappingproxy can be constructed, with CPython's str and |
GenericAlias = type(list[int])
class Callable(GenericAlias):
    def __repr__(self):
        return 'Callable' + repr(self.__args__)
c = Callable(tuple, (int, str))
print(repr(c), type(c).__name__, c.__origin__, c.__args__, isinstance(c, GenericAlias))
print(c == GenericAlias(tuple, (int, str)), c.__class__ is Callable)
MappingProxy = type(type.__dict__)
m = MappingProxy({'a': 1})
print(m, str(m), repr(m), m | {'b': 2}, {'c': 3} | m, list(reversed(m)), MappingProxy[str, int])
for bad in ([1], 'x', 3):
    try:
        MappingProxy(bad)
    except TypeError as e:
        print(e)
