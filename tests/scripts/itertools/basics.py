# itertools' infinite and terminating iterators: values, reprs and length hints as CPython's
from itertools import *
import operator

def show(label, it, n=None):
    print(label, list(islice(it, n)) if n is not None else list(it))

def err(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

c = count()
print(next(c), next(c), repr(c))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5, 0.5)), repr(count(2, 1.0)), repr(count(-3, -1)))
show("count(10, 5)", count(10, 5), 4)
show("count(0.5, 0.25)", count(0.5, 0.25), 4)
big = count(2**63 - 2)
print([next(big) for _ in range(4)], repr(big))
show("count(start=3, step=-2)", count(start=3, step=-2), 3)
err("count('a')", lambda: count('a'))
err("count(1, 'x')", lambda: count(1, 'x'))
class Num:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __add__(self, other):
        return Num(self.v + other.v)
    def __repr__(self):
        return "Num(%r)" % self.v
show("count(Num)", count(Num(1), Num(2)), 3)
print(repr(count(Num(1), Num(2))))

show("cycle", cycle("abc"), 8)
show("cycle empty", cycle([]))
err("cycle(1)", lambda: cycle(1))
err("cycle()", lambda: cycle())

r = repeat("x", 3)
print(repr(r), operator.length_hint(r), list(r), repr(r), operator.length_hint(r))
print(repr(repeat(None)), repr(repeat(1, -5)), list(repeat(1, -5)))
show("repeat forever", repeat(7), 3)
err("len hint forever", lambda: repeat(1).__length_hint__())
print(list(repeat(object=2, times=2)))
print(list(map(pow, range(5), repeat(2))))

show("accumulate", accumulate([1, 2, 3, 4, 5]))
show("accumulate mul", accumulate([1, 2, 3, 4, 5], operator.mul))
show("accumulate initial", accumulate([1, 2, 3], initial=100))
show("accumulate initial empty", accumulate([], initial=100))
show("accumulate max", accumulate([3, 1, 4, 1, 5, 9, 2], max))
show("accumulate func kw", accumulate([1, 2, 3], func=operator.sub))
show("accumulate strs", accumulate("abc"))
err("accumulate 3 pos", lambda: accumulate([1], None, 5))

show("chain", chain("ab", [1, 2], (), range(2)))
show("chain.from_iterable", chain.from_iterable(["ab", "cd", []]))
show("chain lazy", islice(chain.from_iterable(repeat([1, 2])), 5))
print(chain[int])
err("chain(1)", lambda: list(chain([1], 1)))
err("chain kw", lambda: chain(x=1))

show("compress", compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
show("compress short", compress("ABCDEF", [1, 1]))
show("compress kw", compress(data="abc", selectors=[0, 1, 1]))
show("dropwhile", dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("takewhile", takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
show("filterfalse", filterfalse(lambda x: x % 2, range(10)))
show("filterfalse None", filterfalse(None, [0, 1, "", "a", None, []]))
show("starmap", starmap(pow, [(2, 5), (3, 2), (10, 3)]))
show("starmap lists", starmap(operator.add, [[1, 2], "ab"]))
err("starmap non-iterable", lambda: list(starmap(pow, [1])))
err("dropwhile 1 arg", lambda: dropwhile(bool))
err("takewhile kw", lambda: takewhile(bool, [], x=1))

show("pairwise", pairwise("ABCDE"))
show("pairwise short", pairwise("A"))
show("zip_longest", zip_longest("ABCD", "xy", fillvalue="-"))
show("zip_longest 3", zip_longest([1], [2, 3], [4, 5, 6]))
show("zip_longest none", zip_longest())
err("zip_longest bad kw", lambda: zip_longest([], foo=1))
err("zip_longest non-iterable", lambda: zip_longest([], 1))

# takewhile stops for good; the predicate is not called again
calls = []
tw = takewhile(lambda x: calls.append(x) or x < 2, [1, 2, 1, 0])
print(list(tw), list(tw), calls)

class Sub(count):
    pass
s = Sub(3)
s.attr = 1
print(next(s), repr(s), s.attr, type(s).__name__, isinstance(s, count))
print(count.__module__, count.__name__, chain.__qualname__, repr(islice), repr(zip_longest))
class Outer:
    class Inner(repeat):
        pass
    class Counter(count):
        pass
print(repr(Outer.Inner(1, 2)), repr(Outer.Counter(3)))
