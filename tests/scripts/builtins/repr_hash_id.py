# repr of builtin values; hash agrees with equality; id is stable and distinguishes objects.
print(repr(1), repr("x"), repr([1, "a"]), repr((1,)), repr({"k": [None]}), repr(1.0))
print(hash(1) == hash(1.0) == hash(True), hash(42), hash(0), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("ab" + "c"), hash(-1) == hash(-1.0))
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), a == b, isinstance(id(a), int))
try:
    hash({})
except TypeError as e:
    print(e)
