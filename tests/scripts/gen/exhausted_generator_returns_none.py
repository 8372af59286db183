# An exhausted generator yields nothing more: next() raises a bare StopIteration and a second `yield from` gets None.
def g():
    yield 1
    return 42

e = g()
for x in e:
    pass

def again():
    r = yield from e
    print("second yield from:", r)

print(list(again()))
try:
    next(e)
except StopIteration as x:
    print("next after the end:", x.args, x.value)
