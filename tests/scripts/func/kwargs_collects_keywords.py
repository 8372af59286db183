# **kwargs gathers extra keyword arguments into a dict, in call order.
def f(a, **kwargs):
    return a, kwargs
print(f(1))
print(f(1, x=2, y=3))
print(f(a=0, z=9, b=8))
def describe(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)
print(describe(1, 2, k="v"))
