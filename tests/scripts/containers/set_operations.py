# Sets of ints: union, intersection, difference, symmetric difference, subset tests, mutation.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, {1, 9}.issubset(a), a.isdisjoint({7}))
s = set()
s.add(3); s.add(3); s.add(1)
print(sorted(s), len(s), 3 in s, 2 not in s)
s.discard(3); s.discard(42)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(set(), {5}, sorted(set([3, 1, 3, 2])), len(set("banana")))
print({1, 2, 3} == {3, 2, 1}, {1} != {1.0})
u = {1, 2}
u |= {3}; u -= {1}
print(sorted(u), u.pop() in {2, 3})
