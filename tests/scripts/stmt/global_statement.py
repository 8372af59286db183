# `global` makes assignments in a function rebind the module-level name.
counter = 0
def bump():
    global counter
    counter += 1
def shadow():
    counter = 100
    return counter
bump(); bump()
print(counter, shadow(), counter)
def make_new():
    global created
    created = "made inside"
make_new()
print(created)
def read_only():
    return counter * 2
print(read_only())
