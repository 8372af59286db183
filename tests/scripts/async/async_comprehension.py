# async comprehensions and await inside comprehensions of an async function
class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v * 10

async def agen():
    for i in range(3):
        yield i

async def main():
    print([x async for x in agen()])
    print({x: x * x async for x in agen() if x})
    print([await Yield(x) for x in range(2)])
    g = (x + 1 async for x in agen())
    print(type(g).__name__, [y async for y in g])

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration:
    print("ticks", ticks)
