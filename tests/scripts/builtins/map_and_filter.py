# map applies a function over one or more iterables; filter keeps truthy results (None: identity).
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "exhausted"))
print(sum(map(len, ["ab", "cde"])))
