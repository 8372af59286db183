# Calls of builtin functions and methods with few positional arguments (len, str,
# isinstance, bound builtins, unbound method descriptors, str subclasses) and
# f-string fields of ints and strs give CPython's results, errors and messages.
import math

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# len: arity and keyword errors, objects with __len__
class Sized:
    def __len__(self):
        return 7
attempt(lambda: len([1, 2, 3]))
attempt(lambda: len(Sized()))
attempt(lambda: len())
attempt(lambda: len(1, 2))
attempt(lambda: len(5))
attempt(lambda: len(obj=[1]))

# str(): ints of every size and sign, bools, int subclasses with their own __str__
class Loud(int):
    def __str__(self):
        return "loud" + int.__str__(self)
class Quiet(int):
    pass
for v in (0, -1, 7, 2**62, -2**63, 2**64, True, False, Loud(3), Quiet(4), 1.5):
    print(str(v), repr(v), f"{v}", f"{v!s}", f"{v!r}", len(f"{v}"))
attempt(lambda: str(1, 2, 3, 4))
print(type(str(Quiet(4))).__name__)

# f-strings mixing ints, strs, str subclasses and non-ASCII text (lengths in code points)
class Shout(str):
    def __str__(self):
        return self.upper()
    def __format__(self, spec):
        return "<" + self + ">"
class Plain(str):
    pass
s = "é€"
for v in (s, Shout("hi"), Plain("pl"), 12, -3):
    t = f"[{v}|{v!s}|{v!r}|{v!a}|{v:>4}]{s}"
    print(t, len(t), type(t).__name__)
print(len(f"{s}{1}{s}"), f"{s}{1}{s}".upper(), f"{s}{10**20}")
print(f"{'a'}{1}{'b'}"[1], f"{1}{s}"[1:])

# isinstance: exact class first, tuples, unions, __class__ claims, metaclass hooks
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return False
class Hooked(metaclass=Meta):
    pass
class Claims:
    @property
    def __class__(self):
        return int
print(isinstance(Hooked(), Hooked), isinstance(1, Hooked))
print(isinstance(Claims(), int), isinstance(3, (str, int)), isinstance(3, int | str))
print(isinstance(True, int), isinstance(Loud(1), int), isinstance(1, Loud))
attempt(lambda: isinstance(1, 5))
attempt(lambda: isinstance(1))
attempt(lambda: isinstance(1, int, 2))

# bound builtins and method descriptors called directly
items = []
add = items.append
add(1)
add("two")
print(items, math.sqrt(16.0), math.gcd(12, 18))
print(str.upper("abc"), str.split("a b"), str.replace("aXb", "X", "-"))
attempt(lambda: str.upper(1))
attempt(lambda: str.upper())
attempt(lambda: list.append((), 1))
print(Plain("a,b").split(","), Shout("x y").split(), type(Plain("a,b").split(",")[0]).__name__)
print(Shout("abc").upper(), type(Shout("abc").upper()).__name__)

# an error in an argument stops the call before it is made
def boom():
    raise ValueError("boom")
attempt(lambda: len(boom()))
attempt(lambda: math.sqrt(boom()))

# deep recursion through a builtin call still ends in RecursionError
def deep(n):
    return len([deep(n + 1)])
attempt(lambda: deep(0))

# dict methods on dicts and subclasses (overridden or inherited), keys with __eq__/__hash__
class Counting(dict):
    def get(self, key, default=None):
        print("Counting.get", key)
        return dict.get(self, key, default)
class Inherits(dict):
    pass
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("Key.__eq__")
        return isinstance(other, Key) and self.v == other.v
for d in (dict(a=1), Counting(a=1), Inherits(a=1)):
    print(type(d).__name__, d.get("a"), d.get("b"), d.get("b", 0), "a" in d, len(d))
kd = {Key(1): "one"}
print(kd.get(Key(1)), kd.get(Key(2), "none"), Key(1) in kd)
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get([]))
attempt(lambda: dict.get([], 1))
