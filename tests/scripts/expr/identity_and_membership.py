# `is`/`is not` compare identity; `in`/`not in` test membership in each container kind.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(2 in [1, 2, 3], 4 not in (1, 2, 3), "b" in {"a": 1, "b": 2}, 1 in {1: "x"})
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 5 in {5, 6})
