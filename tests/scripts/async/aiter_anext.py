# aiter() and anext(), with and without a default, and their TypeErrors
async def agen():
    yield 1
    yield 2

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return self.n

async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c), await anext(c, None))
    for bad in (aiter, anext):
        try:
            bad(3)
        except TypeError as e:
            print("TypeError:", e)

try:
    main().send(None)
except StopIteration:
    print("finished")
