# An async generator whose body awaits: the awaited values pass through asend to the driver
class Yield:
    def __await__(self):
        sent = yield "from await"
        return sent

async def agen():
    x = await Yield()
    yield ("first", x)
    yield "second"

g = agen()
a = g.asend(None)
print(a.send(None))
try:
    a.send("resume")
except StopIteration as e:
    print("yielded", e.value)
b = g.__anext__()
try:
    b.send(None)
except StopIteration as e:
    print("yielded", e.value)
c = g.__anext__()
try:
    c.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
