# Parameters after * or *args are keyword-only; they may have defaults or be required.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2))
print(f(1, flag=True, key=3))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("a", "b", sep="+"))
