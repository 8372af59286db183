# Coroutines and async generators share the generators' exception-state chaining:
# a coroutine driven (send/throw/close, or awaited) from inside an except block sees
# that exception while it has none of its own, and chains what it raises onto it.
import sys
import types


def cur():
    return repr(sys.exc_info()[1])


def ctx(e):
    return f"{e!r} context={e.__context__!r}"


@types.coroutine
def suspend(v=None):
    return (yield v)


async def leaf():
    a = cur()
    await suspend("leaf suspended " + a)
    return "leaf done " + cur()


async def leaf_own():
    try:
        raise KeyError("leaf own")
    except KeyError:
        await suspend("leaf own suspended " + cur())
        return "leaf own done " + cur()


async def raising_leaf():
    await suspend("about to raise")
    raise RuntimeError("leaf raised")


async def driver():
    r = await leaf()
    print(" ", r)
    try:
        raise NameError("driver own")
    except NameError:
        r = await leaf()
        print(" ", r)
        r = await leaf_own()
        print(" ", r, cur())
    try:
        await raising_leaf()
    except RuntimeError as e:
        print(" ", ctx(e))
    return "driver done " + cur()


def drive(coro):
    v = coro.send(None)
    while True:
        print(v)
        try:
            v = coro.send(None)
        except StopIteration as e:
            print("returned", e.value)
            break


print("-- send")
try:
    raise ValueError("caller send")
except ValueError:
    drive(driver())
print("caller after", cur())

print("-- a coroutine driven from outside any except block")
drive(driver())

print("-- throw and close")


async def catching():
    try:
        await suspend(1)
    except KeyError as e:
        print("coroutine caught", ctx(e), "sees", cur())
        await suspend(2)
        raise RuntimeError("after catch")


c = catching()
c.send(None)
try:
    raise ValueError("caller")
except ValueError:
    print(c.throw(KeyError("in")))
    print("caller", cur())
    try:
        c.send(None)
    except RuntimeError as e:
        print(ctx(e), "->", repr(e.__context__.__context__))


async def closing():
    try:
        await suspend(1)
    finally:
        print("coroutine finally sees", cur())


c = closing()
c.send(None)
try:
    raise ValueError("caller")
except ValueError:
    c.close()
    print("caller", cur())

print("-- await in an except block, the awaited raises")


async def raises_now():
    raise LookupError("now")


async def awaits_in_except():
    try:
        raise ValueError("awaiter")
    except ValueError:
        try:
            await raises_now()
        except LookupError as e:
            return ctx(e)


try:
    awaits_in_except().send(None)
except StopIteration as e:
    print(e.value)

print("-- async generators")


async def agen():
    yield "agen " + cur()
    try:
        raise KeyError("agen own")
    except KeyError:
        yield "agen handler " + cur()
    yield "agen after " + cur()
    raise RuntimeError("agen end")


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


a = agen()
print(step(a.asend(None)))
try:
    raise ValueError("caller")
except ValueError:
    print(step(a.__anext__()))
    print("caller", cur())
    print(step(a.asend(None)))
    try:
        step(a.asend(None))
    except RuntimeError as e:
        print(ctx(e))


async def agen_catch():
    while True:
        try:
            yield cur()
        except Exception as e:
            yield "caught " + ctx(e) + " seeing " + cur()


a = agen_catch()
print(step(a.asend(None)))
try:
    raise ValueError("caller")
except ValueError:
    print(step(a.athrow(KeyError("thrown"))))
    print(step(a.asend(None)))
    step(a.aclose())
    print("caller", cur())


async def consume():
    out = []
    try:
        raise IndexError("consumer")
    except IndexError:
        async for x in agen_list():
            out.append(x)
    return out


async def agen_list():
    for _ in range(2):
        yield cur()


print(step(consume()))
