# match: or-patterns, as-patterns, group patterns and guards
def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [("a" | "b") as letter, *_] if len(v) > 1:
            return ("letter first", letter)
        case [x] | (x, _) if x is not None:
            return ("one or pair", x)
        case ((y)):
            return ("anything", y)
for v in [1, 3, ["a", 0], ["b"], [5], (6, 7), (None, 1), "z"]:
    print(f(v))
