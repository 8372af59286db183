# Dict and set comprehensions build dicts (in order) and sets.
print({w: len(w) for w in ["one", "three", "seven"]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({x % 5 for x in range(20)}))
print({x: [y for y in range(x)] for x in range(4)})
inverted = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverted)
