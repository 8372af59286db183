# abs of ints, floats and big ints; any/all over iterables, empty cases and short circuits.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-(2 ** 100)), abs(True))
print(any([0, "", None]), any([0, 1]), any([]), all([1, "a", [0]]), all([1, 0]), all([]))
def noisy(v):
    print("checked", v)
    return v
print(any(map(noisy, [0, 1, 2])), all(map(noisy, [3, 0, 4])))
