# An async generator iterated by async for, and by hand through __anext__/asend
async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got", got)

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    g = agen(3)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

try:
    main().send(None)
except StopIteration:
    print("finished")
g = agen(1)
print(type(g).__name__, g.__aiter__() is g)
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("value via StopIteration", e.value)
