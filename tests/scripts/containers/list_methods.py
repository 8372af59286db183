# list methods: append, extend, insert, pop, remove, index, count, reverse, sort, clear, copy.
a = [3, 1, 2]
a.append(5); print(a)
a.extend([7, 1]); print(a)
a.extend(range(2)); print(a)
a.insert(0, 10); a.insert(100, 20); a.insert(-1, 15); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(7), a.count(1), a.count(99), a.index(1, 4))
a.reverse(); print(a)
b = a.copy(); a.sort(); print(a, b)
a.sort(reverse=True); print(a)
b.clear(); print(b, len(b))
words = ["pear", "fig", "apple"]
words.sort(); print(words)
try:
    a.remove(42)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
