# throw() at `yield from` goes to the delegate: a generator's handler, or an iterator's throw() with the same arguments; without throw() it is raised in the delegator.
class Throwable:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *args):
        print("throw called with", args)
        return 5

def over_iterator():
    yield from Throwable()

x = over_iterator()
next(x)
print(x.throw(ValueError("v")))
print(x.throw(KeyError, "k"))

def sub():
    try:
        yield 1
    except ValueError as e:
        print("sub caught", repr(e))
        yield 2
    return "sub done"

def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield 3

x = delegator()
next(x)
print(x.throw(ValueError("boom")))
print(next(x))

def plain():
    try:
        yield from iter([1, 2])
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after"

x = plain()
next(x)
print(x.throw(KeyError("no throw method")))
