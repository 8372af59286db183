# A comprehension's loop variable stays inside it; it can read enclosing and global names.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
factor = 10
def scaled(values):
    offset = 1
    return [v * factor + offset for v in values]
print(scaled([1, 2]))
def nested_closure():
    n = 3
    return [[i * n for i in range(j)] for j in range(n)]
print(nested_closure())
