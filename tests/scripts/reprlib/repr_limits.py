# reprlib: size-limited repr of containers, strings and ints; Repr attributes; recursive_repr
import reprlib
print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr('x' * 100))
print(reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
class Long:
    def __repr__(self): return 'L' * 50
print(reprlib.repr(Long()))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.maxlevel, r.maxdict)
class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.children!r})'
print(repr(Node()))
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Other[{self.me!r}]'
o = Other(); o.me = o
print(repr(o), Other.__repr__.__name__, Other.__repr__.__qualname__)
