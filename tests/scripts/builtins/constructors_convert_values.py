# int/float/str/bool/list/tuple/dict/set called on other values convert them.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(int("7"), int(7.9), float("2"), float(3), str(4.0), str([1]), bool("x"), bool(0.0))
print(list("ab"), list((1, 2)), list({"k": 1}), tuple([1]), tuple(range(3)))
print(dict([(1, 2)]), dict(a=1), dict({"x": 0}, y=1), sorted(set("aab")), sorted(set([2, 1, 2])))
print(list(map(int, "123")), [float(x) for x in ["1", "1e2", "-0"]])
