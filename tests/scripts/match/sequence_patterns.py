# match: sequence patterns with one star; str, bytes and dict are not sequences
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case (x, y):
            return ("two", x, y)
        case [first, *_, last]:
            return ("ends", first, last)
        case _:
            return "not a sequence"

def rest(v):
    match v:
        case first, *others:
            return (first, others)
    return None

for v in [[], (), [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", {1: 2}, 7]:
    print(repr(v), shape(v))
print(rest((1, 2, 3)), rest([9]), rest("xyz"), rest(range(2, 5)))
match [1, (2, 3)]:
    case [a, (b, c)]:
        print(a, b, c)
