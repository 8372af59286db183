# Comparisons answered without the slot dispatch (ints, floats, exact strs, is) and for loops over lists and tuples walked by index give CPython's results, also for NaN, str subclasses, non-ASCII text and lists changed while looped over.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.5 < 2.5, 2.5 >= 2.5, -0.0 == 0.0)
print("a" < "b", "abc" <= "abd", "é" > "z", "ü" < "€", "same" == "sa" + "me", "x" != "x")
print("" < "a", "a" > "", "ab" >= "ab", "b" > "ab")
one = 1
print(None is None, one is not None, [] is [], 3 == 3.0, 3 < 3.5, "1" == 1)


class S(str):
    def __eq__(self, other):
        print("S.__eq__")
        return True

    __hash__ = str.__hash__

    def __lt__(self, other):
        print("S.__lt__")
        return False


print(S("a") == "b", "b" == S("a"), S("a") < "b", "a" < S("b"))


class F(float):
    def __lt__(self, other):
        return "custom"


print(F(1.0) < 2.0, 2.0 > F(1.0))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1.5 < "a"
except TypeError as e:
    print("TypeError:", e)

# A list growing while looped over is followed to its end; one shrinking stops early.
items = [1, 2, 3]
for x in items:
    if x < 5:
        items.append(x + 3)
print(items)
items = [1, 2, 3, 4, 5, 6]
seen = []
for x in items:
    seen.append(x)
    items.pop(0)
print(seen, items)
items = [1, 2, 3]
for x in items:
    items[:] = []
    print("once", x)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for a, b in ((1, 2), (3, 4)):
    print(a + b)
for x in ():
    print("never")
else:
    print("empty else")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print(x)


class L(list):
    def __iter__(self):
        yield "subclass iter"


for x in L([1, 2]):
    print(x)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)

# Augmented assignment to local numbers: overflow to big ints, mixed kinds, unbound locals.
def aug():
    i = 2**63 - 2
    i += 1
    i += 1
    j = -2**63 + 1
    j -= 1
    j -= 1
    x = 1.5
    x += 1
    x -= 0.25
    k = 3
    k += k
    k -= 0.5
    b = True
    b += 1
    print(i, j, x, k, b, type(b).__name__)
    try:
        u += 1
        u = 0
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    del k
    try:
        k -= 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
aug()
for a, b in [(1, 2), (2.5, 2.5), ("a", "b"), (None, None), (1, 1.0)]:
    print(a == b, a != b, a is b, a is not b)
