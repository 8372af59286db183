# len(x) and isinstance(x, C) with operands read in place (locals, globals,
# `local.attr`): exact builtin containers and exact classes answer at once; everything
# else goes the general way, as CPython does.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__)
        return False


class Odd(metaclass=Meta):
    pass


class Base:
    pass


class Child(Base):
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n < 0:
            raise ValueError("negative")
        return self.n


class MyList(list):
    def __len__(self):
        return 99


class Box:
    def __init__(self, v):
        self.v = v


def check():
    items = [1, 2, 3]
    box = Box(items)
    print(len(items), len((1, 2)), len("héllo"), len({"a": 1}), len(box.v), len(MyList([1])), len(Sized(4)))
    print(len(b"ab"), len(range(10)), len({1, 2}), len(""), len([]))
    o, c = Odd(), Child()
    print(isinstance(o, Odd), isinstance(c, Child), isinstance(c, Base), isinstance(c, Odd))
    print(isinstance(box, Box), isinstance(box.v, list), isinstance(1, int), isinstance(True, int))
    print(isinstance(c, (Odd, Base)), isinstance(3, (str, float)), isinstance(box, object))
    for bad in [lambda: len(5), lambda: len(Sized(-1)), lambda: len(Sized("x")), lambda: isinstance(c, 3)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)


check()
GLOBAL_LIST = [0] * 7
print(len(GLOBAL_LIST), isinstance(GLOBAL_LIST, list))


def unbound():
    print(len(later))
    later = []


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def uncaught():
    return len(Sized(-1))


uncaught()
