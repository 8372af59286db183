# Small tuples are recycled (per-size free lists) and built in place: displays,
# divmod, slices, *args, zip/enumerate/dict.items() results, tuple(), exception args.
# A recycled tuple must look new: its items, its tracking by the collector, and the
# __del__ of its old items running when it dies, last item first.
import gc


class Loud:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Loud.log.append(self.name)


def drop_order():
    Loud.log = []
    t = (Loud("a"), Loud("b"), Loud("c"))
    del t
    print("dropped", Loud.log)
    Loud.log = []
    pairs = [(Loud(i), i) for i in range(3)]
    del pairs
    print("list of pairs", Loud.log)


def del_makes_tuples():
    # An item's __del__ makes and drops tuples of the same size while its tuple is
    # being recycled.
    class Maker:
        def __del__(self):
            junk = [(i, i) for i in range(50)]
            Loud.log.append(len(junk))
    Loud.log = []
    for _ in range(3):
        t = (Maker(), 1)
        del t
    print("del makes tuples", Loud.log)
    u = [(i, -i) for i in range(5)]
    print(u)


def reuse_looks_new():
    for n in range(1, 13):
        made = [tuple(range(k, k + n)) for k in range(3)]
        del made
        t = tuple(range(100, 100 + n))
        print(n, t, len(t), hash(t) == hash(tuple(list(t))), gc.is_tracked(t))
    one = int("1")
    x = (one, "a")
    y = (one, "a")
    print(x == y, x is y, type(x), gc.is_tracked(x))


def display_errors():
    def boom():
        raise ValueError("boom")
    for _ in range(3):
        try:
            t = (1, [2], boom(), 4)
        except ValueError as e:
            print("display raised", e)
    print((1, [2], 3, 4), (), (5,), ((),))
    print(tuple() is tuple(), (lambda: ())() is tuple(), tuple([]) is tuple())


def seen_while_building():
    # gc.get_objects() from inside a tuple display never lists the unfinished tuple.
    def look():
        for o in gc.get_objects():
            if type(o) is tuple and len(o) == 3 and o and o[0] == "marker-xyz":
                print("saw", o)
        return 2
    t = ("marker-xyz", look(), 3)
    print(t)


def creators():
    print(divmod(17, 5), divmod(-17, 5), divmod(2**70, 7))
    s = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
    print(s[2:5], s[::3], s[5:2], s[:], s[:] is s, s[-3:])

    def star(*args):
        return args
    print(star(), star(1), star(1, 2, 3), star(*range(9)))
    print(list(zip("ab", [1, 2], (3, 4))), list(enumerate("xyz", 5)))
    d = {"k": 1, "j": 2}
    print(sorted(d.items()), d.popitem())
    print(tuple([1, 2]), tuple("ab"), tuple(x for x in range(3)))
    try:
        raise KeyError("k", 2)
    except KeyError as e:
        print(e.args)
    z = zip([1, 2], [3], strict=False)
    print(list(z))
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print(e)

    first, *mid, last = s
    x = [1, 2, 3]
    x[1], *y = x
    print(first, mid, last, x, y)
    for a, (b, *c) in [(1, (2, 3, 4)), (5, [6])]:
        print(a, b, c)
    try:
        p, *q, r = (1,)
    except ValueError as e:
        print(e)

    class L(list):
        def __iter__(self):
            return iter("it")
    print(tuple(L([1, 2])), tuple([]) is tuple(), tuple([3]), [].__class__)
    e = tuple([])
    print((1, 2) + (3,), e + e, (e + e) is e, (4,) + e, e + (5,))
    try:
        (1,) + [2]
    except TypeError as err:
        print(err)

    class Sub(tuple):
        pass
    print(Sub((1,)) + (), type(Sub() + ()).__name__, Sub() + Sub() is tuple())
    a = Sub((1, 2))
    a.attr = "kept"
    print(a, type(a).__name__, a.attr, a[:1], type(a[:1]).__name__)
    del a
    b = Sub((3, 4))
    print(b, hasattr(b, "attr"))


def loops():
    total = 0
    for i in range(2000):
        a, b = i, i + 1
        t = (a, b, a * b)
        q, r = divmod(t[2], 7)
        total += q + r + len(t)
    print("loops", total)
    kept = [(i, i * 2) for i in range(3000)]
    del kept
    again = [(i,) * 2 for i in range(3000)]
    print(sum(a + b for a, b in again))


def cycles():
    # A tuple in a cycle, cleared by the collector, then dies.
    for _ in range(3):
        lst = []
        t = (lst, 1)
        lst.append(t)
        del lst, t
        gc.collect()
    one = int("1")
    t = (one, [])
    print("after collect", t, gc.is_tracked(t))


drop_order()
del_makes_tuples()
reuse_looks_new()
display_errors()
seen_while_building()
creators()
loops()
cycles()
