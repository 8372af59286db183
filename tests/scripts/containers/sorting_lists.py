# list.sort and sorted: key functions, reverse, stability, and mixed-type errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums, sorted(nums), sorted(nums, reverse=True))
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted([3.5, 1, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
