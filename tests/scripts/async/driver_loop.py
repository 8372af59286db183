# A coroutine driven by hand with send(None): awaits a custom awaitable, returns via StopIteration.value
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got * 2

async def inner(x):
    a = await Sleep(x)
    return a + 1

async def outer():
    total = 0
    for i in range(3):
        total += await inner(i)
    return total

coro = outer()
print(type(coro).__name__)
value = None
while True:
    try:
        request = coro.send(value)
    except StopIteration as stop:
        print("result", stop.value)
        break
    print("request", request)
    value = request[1] + 10
