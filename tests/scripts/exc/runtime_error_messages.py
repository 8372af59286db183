# Errors raised by the runtime carry CPython's messages.
nothing, five = None, 5
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
    lambda: [1][5], lambda: (1,)[5], lambda: "ab"[9], lambda: {"a": 1}["b"],
    lambda: undefined_name, lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (),
    lambda: -"x", lambda: len(5), lambda: int("12x"), lambda: nothing(),
    lambda: [].pop(), lambda: [1].index(2), lambda: {}.popitem(), lambda: "abc".index("z"),
    lambda: float("nope"), lambda: five[0], lambda: hash([]), lambda: iter(5),
    lambda: "a" * "b", lambda: 2 ** "x", lambda: "%d" % "s", lambda: {}.x,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
