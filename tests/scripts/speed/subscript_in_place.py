# `local[const]` and `local[local]`: list and tuple items read in place, and every
# other container or key going the general way with the same results and errors.
class L(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))


class T(tuple):
    pass


class G:
    def __getitem__(self, k):
        return ("G", k)


def reads(c, i):
    out = []
    out.append(c[0])
    out.append(c[-1])
    out.append(c[i])
    out.append(c[-i - 1])
    out.append(c[True])
    return out


for c in ([10, 20, 30], (10, 20, 30), L([10, 20, 30]), T((10, 20, 30)), "xyz", b"xyz", range(10, 40, 10)):
    print(type(c).__name__, reads(c, 1))

print(reads(G(), 2))
print(reads({0: "a", -1: "b", 2: "c", -3: "d", True: "e"}, 2))


def constants(i):
    return (1, 2, 3)[i], "abc"[i], [7, 8, 9][i]


print(constants(2), constants(-3))


def big_index(c):
    i = 2 ** 70
    return c[i]


def errors():
    cases = [
        lambda: [1, 2][2],
        lambda: (1, 2)[-3],
        lambda: [][0],
        lambda: big_index([1]),
        lambda: big_index((1,)),
        lambda: {}[0],
        lambda: None[0],
        lambda: [1][1.0],
        lambda: (1,)["a"],
    ]
    for case in cases:
        try:
            case()
        except Exception as e:
            print(type(e).__name__, e)


errors()


def unbound():
    try:
        x[0]
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    x = [1]
    i = 5
    try:
        return x[i]
    except IndexError as e:
        print("IndexError", e, e.__traceback__.tb_lineno - e.__traceback__.tb_frame.f_code.co_firstlineno)


unbound()


def grows(n):
    xs = [0]
    for k in range(n):
        xs.append(xs[k] + 1)
        xs[k] = xs[-1] * 2
    return xs


print(grows(6))
