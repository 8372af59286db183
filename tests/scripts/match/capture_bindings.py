# match: captures are bound only when the whole pattern matches; a failed guard keeps them
match (1, 2):
    case (a, 3):
        print("no")
    case _:
        print("a" in globals())
match (1, 2):
    case (b, 3) | (b, 4):
        print("no")
    case other:
        print("b" in globals(), other)
match 5:
    case c if c > 10:
        print("big")
    case _:
        print("guard failed, c =", c)
def local():
    match [1, [2, 3]]:
        case [x, [y, *z]]:
            return x, y, z
print(local())
match 42:
    case _:
        print("_" in globals())
