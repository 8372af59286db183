# An async generator with async with (two items), await and async for with break inside; await binds tighter than ** and unary minus
class Y:
    def __await__(self):
        return (yield 1)
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        print("enter", self.n); return self.n
    async def __aexit__(self, *a):
        print("exit", self.n, a[0])
async def ag():
    async with CM(1) as a, CM(2) as b:
        yield a + b
        await Y()
        yield "x"
    async for v in inner():
        if v == 2:
            break
        yield v
async def inner():
    for i in range(5):
        yield i
async def main():
    r = []
    async for v in ag():
        r.append(v)
    print(r)
    x = 3
    async def sq():
        return x
    print(await sq() ** 2, -await sq())
    async with CM(3):
        return "returned"
c = main()
try:
    while True: c.send(None)
except StopIteration as e:
    print(e.value)
