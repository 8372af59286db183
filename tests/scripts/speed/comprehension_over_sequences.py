# Comprehensions and generator expressions step list and tuple iterators directly: a
# list that grows or shrinks meanwhile is followed as its iterator would follow it.
items = [1, 2, 3]
print([x for x in items if len(items) < 6 and items.append(x * 10) is None])
print(items)
shrinking = [1, 2, 3, 4, 5, 6]
print([x for x in shrinking if shrinking.pop() or True])
t = (3, 1, 2)
print([x * 2 for x in t], {x for x in t}, {x: -x for x in t}, sum(x for x in t))
g = (x for x in [1, 2, 3])
print(next(g), list(g), list(g))
nested = [[1, 2], (3, 4), []]
print([y for x in nested for y in x], list(y for x in nested for y in x if y % 2))


class L(list):
    def __iter__(self):
        return iter([0])


print([x for x in L([5, 6])], list(x for x in L([5, 6])))
it = iter([7, 8, 9])
next(it)
print([x for x in it], [x for x in it])
