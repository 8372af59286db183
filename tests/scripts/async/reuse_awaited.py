# Sending to a finished coroutine raises "cannot reuse already awaited coroutine"
async def f():
    return 5

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first", e.args)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
