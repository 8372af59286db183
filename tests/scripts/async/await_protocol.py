# coroutine.__await__() is an iterator; awaiting a coroutine twice and generator-based awaitables
async def f():
    return 7

w = f().__await__()
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)

class FromGen:
    def __await__(self):
        return (yield from inner_gen())

def inner_gen():
    yield 1
    return "gen result"

async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await FromGen())

c = main()
print(c.send(None))
try:
    c.send(None)
except StopIteration:
    print("finished")
