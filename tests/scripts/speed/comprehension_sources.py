# List, set and dict comprehensions over exact lists and tuples (walked by index) and
# over everything else: a list that grows or shrinks while it is walked, a subclass
# with its own __iter__, nested and filtered comprehensions, errors in the element,
# and the size of the list an unfiltered comprehension makes.
import sys


class Backwards(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))


def grows():
    lst = [1, 2, 3]
    return [x for x in lst if len(lst) < 6 and not lst.append(x * 10)]


def shrinks():
    lst = [1, 2, 3, 4, 5, 6]
    return [lst.pop() for x in lst]


print(grows(), shrinks())
print([x for x in Backwards([1, 2, 3])], {x for x in (3, 1, 3)}, {k: v for k, v in [("a", 1), ("b", 2)]})
print([(x, y) for x in (1, 2) for y in [x, x * 10] if y != 2])
print([[c for c in word] for word in ["ab", "cd"]])
print({x: [y for y in range(x)] for x in (0, 1, 2)})
print([x for x in []], [x for x in ()], {x: 1 for x in ()})

try:
    print([1 / x for x in [2, 1, 0, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_lineno)

for n in (0, 1, 2, 4, 5, 8, 9, 17, 100, 1000):
    source = list(range(n))
    print(n, sys.getsizeof([y for y in source]), sys.getsizeof([y * 2 for y in tuple(source)]))


def closure_over_items():
    scale = 3
    items = (1, 2, 3)
    fns = [lambda k=x: k * scale for x in items]
    return [f() for f in fns]


print(closure_over_items())
