# CPython 3.11 underlines the failing part of a line with carets when it is not the whole line.
def ratio(a, b):
    return 100 + a // b

print("ratio:", ratio(7, 2))
result = ratio(1, 0)
