# close() of a coroutine whose body keeps awaiting raises "coroutine ignored GeneratorExit"
class Yield:
    def __await__(self):
        yield "tick"

async def stubborn():
    ignored = 0
    while True:
        try:
            await Yield()
        except GeneratorExit:
            if ignored:
                raise
            ignored += 1

c = stubborn()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def polite():
    try:
        await Yield()
    finally:
        print("cleanup")
p = polite()
p.send(None)
print(p.close())
