# A call site that has called a builtin function or a builtin class by a global name
# keeps working when the name comes to mean something else: a Python function, a class
# of any kind, another builtin, an object with __call__, or nothing; also when
# evaluating the arguments rebinds it.
import builtins


def site(x):
    return abs(x)


def run(tag):
    out = []
    for x in (-3, 2.5, -7):
        try:
            out.append(site(x))
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
    print(tag, out)


run("builtin")
abs = lambda v: ("py", v)
run("python function")
abs = str
run("class")
abs = len
run("len")
abs = round
run("another builtin")


class Callable:
    def __call__(self, v):
        return ("callable", v)


abs = Callable()
run("callable object")
abs = int
run("int")


class Mine:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Mine(%r)" % self.v


abs = Mine
run("python class")


class MyFloat(float):
    pass


abs = MyFloat
run("builtin subclass")


class Meta(type):
    def __call__(cls, v):
        return ("meta", v)


class WithMeta(metaclass=Meta):
    pass


abs = WithMeta
run("metaclass")
abs = tuple
run("tuple")
del abs
run("builtin again")
saved = builtins.abs
del builtins.abs
run("no such name")
builtins.abs = saved
run("restored")


def rebinding_argument():
    global divmod
    divmod = None
    return 17


def divides():
    return divmod(rebinding_argument(), 5)


for i in range(3):
    try:
        print("divmod", divides())
    except TypeError as e:
        print("TypeError", e)
    if "divmod" in globals():
        del globals()["divmod"]


def many(n):
    total = 0
    for i in range(n):
        total += max(i, 3) + min(i, 5) + abs(i - 50) + divmod(i, 7)[1] + ord(chr(65 + i % 26))
    return total


print(many(200))


def wrong_arity():
    try:
        return max()
    except TypeError as e:
        return str(e)


for i in range(3):
    print(wrong_arity())


def traceback_line():
    return int("x")


try:
    traceback_line()
except ValueError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)).strip())
    print(e.__traceback__.tb_next.tb_lineno)
