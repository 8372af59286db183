# Backslash continuation and implicit continuation inside (), [] and {}.
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # a comment inside brackets
    3,
]
print(items)
d = {
    "a": 1,
    "b": 2
}
print(d)
print(max(4,
          9,
          2))
if total > 5 and \
   items:
    print("continued condition")
