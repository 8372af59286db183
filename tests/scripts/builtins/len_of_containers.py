# len() of every builtin container, and TypeError for objects without a length.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({}), len({"a": 1}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len([[]]), len(dict(a=1, b=2)))
try:
    len(42)
except TypeError as e:
    print(e)
