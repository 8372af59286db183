# obj.m() and obj.m(x) where m is a method of a builtin type, called straight from the
# call node: results, errors and their tracebacks as the general call gives them.


def work(l, d, s):
    out = []
    for i in range(5):
        l.append(i)
        out.append(l.pop(0))
    out.append(d.get("a"))
    out.append(d.get("missing"))
    out.append(s.upper())
    out.append(s.find("l"))
    out.append(s.startswith("he"))
    out.append((7).bit_length())
    out.append(True.bit_length())
    out.append(l.count(4))
    out.append(" ".join(["a", "b"]))
    return out


print(work([9, 8], {"a": 1}, "hello"))


class MyList(list):
    pass


class MyDict(dict):
    def get(self, k, default=None):
        return ("overridden", k)


print(work(MyList([9, 8]), MyDict(a=1), "hello"))


def pop_empty(l):
    return l.pop()


for bad in ([], [1]):
    try:
        print(pop_empty(bad))
        print(pop_empty(bad))
    except IndexError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("IndexError:", e, "at line", tb.tb_lineno, tb.tb_frame.f_code.co_name)


def wrong_args(l):
    return l.append()


try:
    wrong_args([])
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)


def arg_error(l):
    return l.append(undefined_name)


try:
    arg_error([])
except NameError as e:
    print("NameError:", e)

# The receiver changes type at one call site: each class is asked again.
for obj in ([1, 2], (1, 2), "12", b"12", {1: 2}, {1, 2}):
    try:
        print(type(obj).__name__, obj.count(1) if hasattr(obj, "count") else obj.copy())
    except TypeError as e:
        print("TypeError:", e)
