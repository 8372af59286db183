# lst.pop() and d.get(k[, default]) are done at the call node when the receiver's
# class has list.pop / dict.get; each case behaves as the method call does.
class Stack(list):
    pass


class Shouting(dict):
    def get(self, k, d=None):
        return "overridden " + str(k)


class Missing(dict):
    def __missing__(self, k):
        return "missing " + k


class Borrowed:
    get = dict.get
    pop = list.pop


EQ_CALLS = []


class CountedKey(str):
    """A str key whose comparisons are counted: d.get asks __eq__ once per probe."""

    __hash__ = str.__hash__

    def __eq__(self, other):
        EQ_CALLS.append(str(self))
        return str.__eq__(self, other)


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("no eq")


def run():
    s = [1, 2, 3]
    print(s.pop(), s.pop(), s, s.pop(0), s)
    st = Stack([4, 5])
    print(st.pop(), type(st).__name__, st)
    d = {"a": 1, 2: "two", (1, 2): "pair", CountedKey("k"): "key"}
    print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(2), d.get((1, 2)), d.get(3, "dflt"))
    print(d.get("k"), d.get(CountedKey("a")), EQ_CALLS)
    print(Shouting(a=1).get("a"), Missing(a=1).get("b"), Missing(a=1)["b"], Missing(a=1).get("a", 5))
    for bad in [lambda: [].pop(), lambda: Stack().pop(), lambda: d.get([1]), lambda: {BadEq(): 1}.get(BadEq()),
                lambda: Borrowed().get("a"), lambda: Borrowed().pop(), lambda: d.get(), lambda: d.get(1, 2, 3),
                lambda: d.get("a", 1 // 0), lambda: [].pop(1, 2)]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)


run()


def uncaught():
    work = [[]]
    return work[0].pop()


uncaught()
