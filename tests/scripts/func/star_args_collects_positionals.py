# *args gathers extra positional arguments into a tuple.
def f(a, *args):
    return a, args
print(f(1))
print(f(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(5), total(1, 2, 3, 4))
print(type(f(1, 2)[1]).__name__)
