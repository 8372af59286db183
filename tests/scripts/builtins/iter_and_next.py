# iter() over containers, next() with and without a default, StopIteration when exhausted.
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
d = iter({"a": 1, "b": 2})
print(list(d), list(d))
s = iter("hé")
print(next(s), next(s), next(s, None))
r = iter(range(3))
print(iter(r) is r, list(r))
