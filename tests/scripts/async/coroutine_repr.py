# repr, __name__/__qualname__ and introspection attributes of a coroutine object
async def f():
    return 1

class C:
    async def m(self):
        pass

c = f()
r = repr(c)
print(r[:r.index(" at 0x")], r.endswith(">"))
m = C().m()
print(c.__name__, c.__qualname__, m.__qualname__)
m.close()
print(c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_frame)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "__await__"))
