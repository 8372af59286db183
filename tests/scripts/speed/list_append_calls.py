# lst.append(x) is done at the call node when the receiver's class has list.append:
# lists and list subclasses; every other case behaves as the method call does.
class Tracked(list):
    pass


class Loud(list):
    def append(self, x):
        print("  Loud.append", x)
        super().append(x)


class Borrowed:
    append = list.append


def fill(target, n):
    for i in range(n):
        target.append(i * i)
    return target


print(fill([], 4), fill(Tracked(), 3), type(fill(Tracked(), 1)).__name__, fill(Loud(), 2))
lst = [1]
lst.append(lst)
print(lst, len(lst), lst[1] is lst)
try:
    fill(Borrowed(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    [].append()
except TypeError as e:
    print("TypeError", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError", e)


def failing():
    raise KeyError("arg")


acc = []
try:
    acc.append(failing())
except KeyError as e:
    print("KeyError", e, acc)
print(acc.append(5), acc)
m = acc.append
m(6)
print(acc, [].append.__name__, list.append(acc, 7), acc)


def uncaught():
    out = []
    out.append(1 // 0)


uncaught()
