# collections.abc.Callable[...]: the _CallableGenericAlias subclass of types.GenericAlias (flattened args, repr)
import collections.abc as cabc
print(cabc.Callable[[int, str], float], cabc.Callable[..., int], cabc.Callable[[], None])
print(cabc.Callable[[int], str].__args__, cabc.Iterable[int], cabc.Mapping[str, int], cabc.Mapping.__module__)
