# f(*iterable, **mapping) spreads arguments; several spreads mix with plain arguments.
def f(a, b, c, d=0):
    return (a, b, c, d)
args = [1, 2]
kw = {"d": 4}
print(f(*args, 3))
print(f(*args, 3, **kw))
print(f(*range(3)))
print(f(0, *(), *[7, 8], **{"d": 9}))
print(f(**{"a": "x", "b": "y", "c": "z"}))
print(*[1, 2, 3], sep=", ")
