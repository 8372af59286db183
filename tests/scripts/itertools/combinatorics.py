# itertools.product, permutations, combinations, combinations_with_replacement: order, edge cases, errors
from itertools import *

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)))
print(list(product()))
print(list(product("ab", [])))
print(list(product(repeat=0)), list(product("ab", repeat=0)))
err("product neg repeat", lambda: product("a", repeat=-1))
err("product bad kw", lambda: product("a", times=2))
err("product non-iterable", lambda: product(1))

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations("AB", 3)), list(permutations("AB", 0)), list(permutations([])))
print(list(permutations("abc", r=None)))
err("permutations neg", lambda: permutations("ab", -1))
err("permutations str r", lambda: permutations("ab", "2"))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)), list(combinations([], 0)))
err("combinations no r", lambda: combinations("ab"))
err("combinations neg", lambda: combinations("ab", -2))
print(list(combinations(iterable="abc", r=2)))

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(2), 3)))
err("cwr no r", lambda: combinations_with_replacement("ab"))

# results are independent tuples even when the caller keeps them
kept = list(product("ab", "cd"))
print(kept, [type(t).__name__ for t in kept][:1])
p = product("ab", repeat=2)
a = next(p); b = next(p)
print(a, b, a is b)
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(20), 5)))
