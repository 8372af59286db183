# The unhashable built-in types have __hash__ = None in their dict, as CPython's do
for t in (list, dict, set, bytearray):
    print(t.__name__, '__hash__' in t.__dict__, t.__dict__['__hash__'], t.__hash__)
print(tuple.__dict__['__hash__'] is not None, int.__hash__ is not None)
class L(list):
    pass
print(L.__hash__, type(hash((1, 2))).__name__)
try:
    hash([])
except TypeError as e:
    print(e)
