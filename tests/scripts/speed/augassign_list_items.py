# v[i] op= x on lists: negative indexes, a right operand that changes the list, errors, other item types, subclasses.
v = [1.0, 2.0, 3.0]
for i in range(3):
    v[0] -= 0.5
    v[-1] *= 2.0
    v[1] += 1
print(v)
l = [10, 20, 30]
def grow():
    l.insert(0, 0)
    return 1
l[-1] += grow()
print(l)
def shrink():
    l.pop()
    l.pop()
    l.pop()
    return 1
try:
    l[2] += shrink()
except IndexError as e:
    print("IndexError:", e, l)
try:
    l[5] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    l[-9] -= 1
except IndexError as e:
    print("IndexError:", e)
s = ["a", [1]]
s[0] += "b"
s[1] += [2]
print(s)
try:
    s[0] += 1
except TypeError as e:
    print("TypeError:", e, s)
big = [2**62]
big[0] += 2**62
big[0] *= 3
print(big)
class L(list):
    def __setitem__(self, i, x):
        print("L.__setitem__", i, x)
        super().__setitem__(i, x)
    def __getitem__(self, i):
        print("L.__getitem__", i)
        return super().__getitem__(i)
m = L([1.5])
m[0] += 1.0
print(m)
