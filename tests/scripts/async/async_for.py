# async for over a class with __aiter__/__anext__, with break and else
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async for x in Counter(3):
        print("item", x)
    else:
        print("else")
    async for x in Counter(5):
        if x == 2:
            break
    print("after break", x)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
