# Negative indexes count from the end; slices clamp to the bounds and copy.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[0], a[-1], a[-10], a[3:6], a[:3], a[7:], a[-3:], a[:-7])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:100], a[100:], a[-100:2], a[6:3], a[::-100])
c = a[:]
c[0] = "changed"
print(a[0], c[0], c is a)
try:
    a[10]
except IndexError as e:
    print(e)
try:
    a[::0]
except ValueError as e:
    print(e)
