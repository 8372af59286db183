# ints and floats compare by exact value, including big ints beyond float precision.
print(1 == 1.0, 2 < 2.5, -3 > -3.5, 0 == -0.0)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(float("inf") > 10 ** 400, 1 < float("nan"), 1 > float("nan"))
print(max(1, 2.0), min(3, 2.5), sorted([3, 1.5, 2, 0.5]))
print(hash(1) == hash(1.0), {1: "int"}[1.0])
