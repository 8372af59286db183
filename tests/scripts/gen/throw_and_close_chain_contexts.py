# throw(), close(), athrow() and aclose() as CPython 3.11 does them: the exception
# thrown in gets no __context__ from the caller (close()'s GeneratorExit does); the
# body it re-enters makes its own handled exception the context (replacing any, and
# cutting a chain that led back); a delegate of `yield from` or `await` is thrown into
# from outside the delegating body, so that body's handled exception is not in the
# delegate's chain, while what the delegate raises back gets it as context.
import sys
import types

print("-- throw forms and close, from inside an except block")
async def ag():
    try:
        yield 1
    except BaseException as e:
        print("agen got", repr(e), "context", repr(e.__context__), repr(sys.exc_info()[1]))
        raise
def cur(): return repr(sys.exc_info()[1])
def ctx(e): return f"{e!r} ctx={e.__context__!r}"
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return "raised " + repr(e) + " ctx " + repr(e.__context__)
for mode in ("aclose", "athrow", "athrow_type", "athrow_type_val"):
    a = ag()
    step(a.asend(None))
    try:
        raise ValueError("caller")
    except ValueError:
        if mode == "aclose": print(step(a.aclose()))
        elif mode == "athrow": print(step(a.athrow(KeyError("k"))))
        elif mode == "athrow_type": print(step(a.athrow(KeyError)))
        else: print(step(a.athrow(KeyError, "v")))
def g():
    try:
        yield 1
    except BaseException as e:
        print("gen got", repr(e), "context", repr(e.__context__))
        raise
for mode in ("close", "throw_type", "throw_type_val"):
    x = g(); next(x)
    try:
        raise ValueError("caller")
    except ValueError:
        try:
            if mode == "close": x.close()
            elif mode == "throw_type": x.throw(KeyError)
            else: x.throw(KeyError, "v")
        except BaseException as e:
            print("out", repr(e), repr(e.__context__))

print("-- close and throw through yield from")
def inner():
    while True:
        try:
            yield "inner " + cur()
        except KeyError as e:
            print("inner caught", repr(e), "ctx", repr(e.__context__), "sees", cur())
            yield "inner after catch " + cur()
        except GeneratorExit as e:
            print("inner exit ctx", repr(e.__context__), "sees", cur())
            raise
        finally:
            print("inner finally sees", cur())
def middle():
    try:
        raise NameError("middle own")
    except NameError:
        try:
            yield from inner()
        except GeneratorExit as e:
            print("middle exit ctx", repr(e.__context__), "sees", cur())
            raise
for caller in (False, True):
    print("== caller in except:", caller)
    g = middle()
    print(next(g))
    def act(f):
        if caller:
            try:
                raise ValueError("caller")
            except ValueError:
                return f()
        return f()
    print(act(lambda: g.throw(KeyError("k"))))
    print(act(lambda: next(g)))
    print(act(lambda: next(g)))
    act(g.close)

print("-- delegates raising back, contexts replaced, cycles cut")
def inner():
    try:
        yield "i1"
    except KeyError:
        pass
    yield "inner after catch sees " + cur()
    raise RuntimeError("inner end")
def middle():
    try:
        raise NameError("middle own")
    except NameError:
        yield from inner()
        yield "unreached"
for caller in (False, True):
    g = middle(); next(g)
    try:
        if caller: raise ValueError("caller")
        raise ZeroDivisionError
    except (ValueError, ZeroDivisionError):
        if not caller:
            pass
        print(g.throw(KeyError("k")) if caller else None)
    if not caller:
        print(g.throw(KeyError("k")))
    try:
        next(g)
    except RuntimeError as e:
        print(ctx(e))
# thrown exception with an existing context, own handled
def own_gen():
    try:
        raise NameError("own")
    except NameError:
        yield 1
k = KeyError("has ctx")
k.__context__ = TypeError("old")
g = own_gen(); next(g)
try:
    g.throw(k)
except KeyError as e:
    print(ctx(e))
# cycle cut: own's context chain contains the thrown exception
x = KeyError("x")
def own_cycle():
    try:
        try:
            raise x
        except KeyError:
            raise NameError("own2")
    except NameError:
        yield 1
g = own_cycle(); next(g)
try:
    g.throw(x)
except KeyError as e:
    print(ctx(e), repr(e.__context__.__context__))
# inner close raises
def inner2():
    try:
        yield 1
    finally:
        raise OSError("close failed")
def middle2():
    try:
        raise NameError("m2 own")
    except NameError:
        yield from inner2()
g = middle2(); next(g)
try:
    g.close()
except OSError as e:
    print(ctx(e))
# async gen athrow in own except
async def ag():
    try:
        raise NameError("ag own")
    except NameError:
        yield 1
a = ag()
try: a.asend(None).send(None)
except StopIteration: pass
try:
    a.athrow(KeyError("t")).send(None)
except KeyError as e:
    print(ctx(e))
# coroutine awaiting: throw
@types.coroutine
def susp():
    try:
        yield "s"
    except KeyError as e:
        print("susp caught", ctx(e), "sees", cur())
        yield "s2 " + cur()
async def outer_coro():
    try:
        raise NameError("coro own")
    except NameError:
        await susp()
c = outer_coro()
print(c.send(None))
try:
    raise ValueError("caller")
except ValueError:
    print(c.throw(KeyError("kk")))
try:
    c.send(None)
except StopIteration:
    print("done", cur())
