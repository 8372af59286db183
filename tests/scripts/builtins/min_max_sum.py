# min/max over iterables or arguments, with key and default; sum with a start value.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2.5, 1)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len))
print(max([], default="empty"), min([], default=None))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([], 10), sum([[1], [2]], []), sum(range(5), 100))
try:
    max([])
except ValueError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
