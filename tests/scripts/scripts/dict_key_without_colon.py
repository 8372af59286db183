# A dict display whose later element has no colon: CPython's message, line and caret when it reads the file.
print("not reached")
d = {"a": 1, b for x in y}
