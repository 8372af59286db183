# throw() into a suspended coroutine reaches the except around its await
class Yield:
    def __await__(self):
        v = yield "waiting"
        return v

async def worker():
    try:
        await Yield()
    except ValueError as e:
        print("caught", e)
        return "recovered"

c = worker()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("done", e.value)
