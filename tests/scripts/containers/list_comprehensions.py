# List comprehensions with conditions, nested for clauses, and comprehensions in comprehensions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
print([c.upper() for c in "abc"], [n for n in [] if n])
words = ["apple", "kiwi", "banana"]
print([w[0] + str(len(w)) for w in words if len(w) > 4])
print([x if x % 2 else -x for x in range(5)])
