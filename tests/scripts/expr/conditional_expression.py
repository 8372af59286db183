# `a if cond else b` evaluates only the chosen branch; it nests right-to-left.
def side(v):
    print("side", v)
    return v
for n in [-1, 0, 1]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side("yes") if True else side("no"))
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
