# `yield from` evaluates to the value of the StopIteration that ends the delegate: a generator's return value or an iterator's StopIteration(x).
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(7)
        return self.n

def inner():
    yield "a"
    return 42

def outer():
    r = yield from Counter()
    print("from iterator:", r)
    r = yield from inner()
    print("from generator:", r)

print(list(outer()))
