# __name__ and __qualname__ of generators, coroutines and async generators can be set
# to strings (repr follows __qualname__); anything else, or deleting them, is a TypeError.
def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

for make in (gen, coro, agen):
    obj = make()
    obj.__name__ = "renamed"
    obj.__qualname__ = "Some.qual"
    print(obj.__name__, obj.__qualname__, repr(obj).split(" at ")[0], make.__name__)
    for value in (1, None, b"x"):
        for attr in ("__name__", "__qualname__"):
            try:
                setattr(obj, attr, value)
            except TypeError as e:
                print(type(e).__name__, e)
    try:
        del obj.__name__
    except TypeError as e:
        print(type(e).__name__, e)
    if make is coro:
        obj.close()

class S(str):
    pass

g = gen()
g.__name__ = S("sub")
print(type(g.__name__).__name__, g.__name__)
