# next() on enumerate/map/zip/filter over an iterator that ended with StopIteration(x) raises that StopIteration; list() just stops.
class Once:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise StopIteration(7)
        return self.n

def gen():
    yield 1
    return 42

makers = [lambda: enumerate(Once()), lambda: map(str, Once()), lambda: zip(Once(), Once()),
          lambda: enumerate(gen()), lambda: map(str, gen()), lambda: zip(gen()),
          lambda: filter(None, gen())]
for make in makers:
    it = make()
    next(it)
    try:
        next(it)
    except StopIteration as stop:
        print(type(it).__name__, stop.args)
print(next(map(str, gen()), "default"))
print(list(Once()), list(gen()), list(enumerate(Once())))
