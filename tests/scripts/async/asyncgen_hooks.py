# sys.set_asyncgen_hooks/get_asyncgen_hooks: argument checks, the firstiter hook called once per async generator on its first step
import sys
print(sys.get_asyncgen_hooks())
for kw in [dict(firstiter=5), dict(finalizer=5), dict(), dict(firstiter=None)]:
    try:
        print(sys.set_asyncgen_hooks(**kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.set_asyncgen_hooks(print)
except Exception as e:
    print(type(e).__name__, e)
seen = []
sys.set_asyncgen_hooks(firstiter=lambda ag: seen.append(ag.__name__), finalizer=None)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.finalizer, h[1], len(h), type(h.firstiter).__name__)
async def agen():
    yield 1
    yield 2
a = agen()
print(seen)
c = a.__anext__()
print(seen)
try:
    c.send(None)
except StopIteration as s:
    print("value", s.value)
a.__anext__()
a.asend(None)
print(seen)
b = agen()
b.aclose()
print(seen)
def bad(ag):
    raise ValueError("hook failed")
sys.set_asyncgen_hooks(firstiter=bad)
d = agen()
try:
    d.__anext__()
except ValueError as e:
    print("hook error propagates:", e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
