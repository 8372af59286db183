# A function without return gives None; return with several values gives a tuple.
def nothing():
    x = 1
def bare():
    return
def pair():
    return 1, "two"
def early(n):
    for i in range(n):
        if i == 3:
            return i
    return -1
print(nothing(), bare(), pair(), early(10), early(2))
a, b = pair()
print(a, b)
