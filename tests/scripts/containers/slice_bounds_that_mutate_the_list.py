# A slice bound's __index__ (or the assigned iterable) may shrink the list: read, assign, delete still use the length it leaves.
class Shrinks:
    def __init__(self, lst, value):
        self.lst, self.value = lst, value

    def __index__(self):
        del self.lst[2:]
        return self.value


class ShrinksEachCall(Shrinks):
    def __index__(self):
        del self.lst[-3:]
        return self.value


def fresh():
    return list(range(10))


l = fresh()
print(l[Shrinks(l, 1):8], l)
l = fresh()
print(l[Shrinks(l, 5):], l)
l = fresh()
print(l[1:9:Shrinks(l, 2)], l)
l = fresh()
print(l[Shrinks(l, 9):0:-1], l)

l = fresh()
l[Shrinks(l, 1):Shrinks(l, 8)] = ["a", "b", "c"]
print(l)
l = fresh()
l[Shrinks(l, 6):9] = "xy"
print(l)
l = fresh()
del l[Shrinks(l, 1):8]
print(l)
l = fresh()
del l[0:9:Shrinks(l, 3)]
print(l)
l = fresh()
try:
    l[0:9:Shrinks(l, 3)] = "abc"
except ValueError as e:
    print("ValueError:", e)
print(l)


def emptying(lst, items):
    for item in items:
        lst.clear()
        yield item


l = fresh()
l[3:8] = emptying(l, "pq")
print(l)

l = fresh()
del l[ShrinksEachCall(l, 1):8]
print(l)
l = fresh()
l[ShrinksEachCall(l, 2):9] = "uv"
print(l)
l = fresh()
print(l[ShrinksEachCall(l, 1):ShrinksEachCall(l, 9)], l)
