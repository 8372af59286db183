# A default value is evaluated once, at def time, and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
n = 10
def show(x=n):
    return x
n = 20
print(show())
