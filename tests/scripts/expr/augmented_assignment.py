# Augmented assignment on names, attributes, subscripts; += on a list mutates it in place.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 10; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 7; print(x)
y = 7.0
y /= 2; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    pass
box = Box()
box.n = 1
box.n += 41
print(box.n)
