# next() passes on the StopIteration that ended an iterator with the context it was
# raised with; a generator's return raises its StopIteration(value) while the caller's
# exception is handled, so that one is the context.
class It:
    def __iter__(self): return self
    def __next__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            raise StopIteration(7)
def gen():
    return 5
    yield
for make in (It, lambda: iter([]), gen, lambda: map(str, It()), lambda: enumerate(gen())):
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            next(make())
        except StopIteration as e:
            print(repr(e), repr(e.__context__))
    try:
        next(make())
    except StopIteration as e:
        print(repr(e), repr(e.__context__))
