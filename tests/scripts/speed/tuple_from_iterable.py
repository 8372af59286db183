# tuple(iterable) keeps just the room its items take (collected by doubling, it held
# up to twice that). The results must behave as tuples do whatever the source:
# generators of every small size, lists, tuples and their subclasses, ranges, dicts,
# strs, sets, iterators that fail half way, and tuple subclasses.
def gen(n):
    return (i * i for i in range(n))


for n in range(11):
    t = tuple(gen(n))
    print(n, t, len(t), t[-1:] if t else (), t + (n,), hash(t) == hash(tuple(gen(n))), t == tuple(list(t)))

src = [[1, 2, 3], (4, 5), range(3, 9, 2), {"a": 1, "b": 2}, "héllo", frozenset([7]), b"ab", iter([9, 8])]
for s in src:
    print(type(s).__name__, tuple(s))


class L(list):
    def __iter__(self):
        return iter(["overridden"])


class T(tuple):
    pass


print(tuple(L([1, 2])), tuple(T((1, 2))), type(tuple(T((1, 2)))).__name__)
tt = T(x for x in "abc")
print(tt, type(tt).__name__, tt[1:], tt * 2, len(tt))


def failing():
    yield 1
    yield 2
    raise ValueError("half way")


try:
    tuple(failing())
except ValueError as e:
    print("ValueError:", e)
big = tuple(x % 7 for x in range(1000))
print(len(big), big[:5], big[-3:], big.count(3), big.index(6), sum(big))
pixels = [tuple(min(255, int(c * 255)) for c in (r / 10, 0.5, 1.0)) for r in range(12)]
print(pixels[:3], pixels[-1], max(pixels), sorted(set(pixels))[:2])
