# An async generator mid-step refuses another anext/athrow/aclose; aclose finishes it and later steps stop
class Y:
    def __await__(self):
        return (yield "suspended")
async def ag():
    try:
        await Y()
        yield 1
        yield 2
    finally:
        print("finally")
g = ag()
a1 = g.__anext__()
print(a1.send(None))
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print("RE", e)
t = g.athrow(ValueError)
try:
    t.send(None)
except RuntimeError as e:
    print("RE", e)
c = g.aclose()
try:
    c.send(None)
except RuntimeError as e:
    print("RE", e)
try:
    a1.send(None)
except StopIteration as e:
    print("value", e.value)
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("closed", e.args)
t = g.athrow(KeyError)
try:
    t.send(None)
except StopIteration as e:
    print("after close athrow", type(e).__name__)
except StopAsyncIteration as e:
    print("after close athrow", type(e).__name__)
n = g.__anext__()
try:
    n.send(None)
except StopAsyncIteration as e:
    print("anext after close", type(e).__name__)
g2 = ag()
c2 = g2.aclose()
try:
    c2.send(None)
except StopIteration:
    print("aclose of fresh")
t2 = g2.athrow(ValueError)
try:
    t2.send(None)
except BaseException as e:
    print("athrow after aclose of fresh", type(e).__name__)
