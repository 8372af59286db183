# `not y` as an operand of `and` / `or`: its value is a bool, y's truth is asked once,
# and an error in y's __bool__ is reported at y. The last operand's value is the
# result: its truth is not asked.
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth

    def __bool__(self):
        print("  bool", self.name)
        if self.truth is None:
            raise ValueError("no truth for " + self.name)
        return self.truth


def show(label, fn):
    try:
        v = fn()
        print(label, v.name if isinstance(v, T) else repr(v))
    except ValueError as e:
        print(label, "ValueError", e)


a, b, z = T("a", True), T("b", False), T("z", None)
show("not a and b:", lambda: not a and b)
show("not b and a:", lambda: not b and a)
show("a and not b:", lambda: a and not b)
show("b or not a:", lambda: b or not a)
show("not b or a:", lambda: not b or a)
show("not a or not b:", lambda: not a or not b)
show("not [] and not 0 and not '':", lambda: not [] and not 0 and not '')
show("not a and not (b and not a):", lambda: not a and not (b and not a))
show("not b and not (a and not b):", lambda: not b and not (a and not b))
show("a and not z:", lambda: a and not z)
show("not z or a:", lambda: not z or a)
x = 3
show("not x > 2 or x:", lambda: not x > 2 or x)


def f(held, waiting, queue):
    return not held and not (waiting and not queue)


print([f(h, w, q) for h in (0, 1) for w in (0, 1) for q in ([], [1])])


def g():
    return a and not z


g()
