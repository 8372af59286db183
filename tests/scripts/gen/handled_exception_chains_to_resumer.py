# A generator's handled-exception state is chained onto its resumer's (CPython 3.11):
# with no exception of its own it sees the caller's in sys.exc_info(), and what it
# raises gets the caller's as __context__; its own handled exception wins while it
# runs, and the caller's is back after each yield. Both kinds of body are covered:
# stackless ones (yields are whole statements of for/while/if blocks) and stackful
# ones (a yield inside try, or in an expression).
import sys


def cur():
    return repr(sys.exc_info()[1])


def show(tag):
    print(tag, repr(sys.exc_info()[1]), repr(sys.exception()))


def ctx(e):
    c = e.__context__
    return f"{e!r} context={c!r}"


def flat():
    for _ in range(3):
        yield cur()


def flat_while():
    n = 0
    while n < 2:
        n += 1
        if n:
            yield cur()


def deep():
    try:
        x = yield cur()
        yield cur(), x
    finally:
        pass


def expr_yield():
    x = yield cur()
    yield (yield cur()), x, cur()


print("-- next, stackless")
g = flat()
print(next(g))
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    show("caller after next")
show("after except")
print(next(g))

print("-- while/if stackless")
try:
    raise ValueError("w")
except ValueError:
    print(list(flat_while()))

print("-- next and send, stackful")
g = deep()
try:
    raise KeyError("k")
except KeyError:
    print(next(g))
    print(g.send(5))
show("after")

print("-- expression yields")
g = expr_yield()
print(next(g))
try:
    raise IndexError("i")
except IndexError:
    print(g.send(1))
    print(g.send(2))

print("-- raise inside a generator gets the caller's exception as context")


def raiser_flat():
    for i in range(1):
        yield i
    raise RuntimeError("from gen")


def raiser_deep():
    try:
        yield 1
    finally:
        pass
    raise RuntimeError("from deep gen")


def raiser_first():
    raise LookupError("at first step")
    yield


for make in (raiser_flat, raiser_deep, raiser_first):
    g = make()
    try:
        next(g)
    except LookupError as e:
        print("first step:", ctx(e))
        continue
    try:
        raise ValueError("outer " + make.__name__)
    except ValueError:
        try:
            next(g)
        except RuntimeError as e:
            print(ctx(e))

print("-- an error inside the generator (not a raise statement) too")


def divider():
    for d in (1, 0):
        yield 1 // d


g = divider()
next(g)
try:
    raise TypeError("t")
except TypeError:
    try:
        next(g)
    except ZeroDivisionError as e:
        print(ctx(e))

print("-- bare raise in a generator re-raises the caller's exception")


def reraiser():
    yield 1
    raise


g = reraiser()
next(g)
try:
    raise OSError("os")
except OSError:
    try:
        next(g)
    except OSError as e:
        print("re-raised", repr(e))
g = reraiser()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e))

print("-- a generator suspended in its own except block")


def own():
    yield "start", cur()
    try:
        raise KeyError("own")
    except KeyError:
        yield "in own except", cur()
        yield "still", cur()
    yield "after own except", cur()
    try:
        raise NameError("own2")
    except NameError:
        try:
            raise AttributeError("inner")
        except AttributeError as e:
            yield "nested", cur(), ctx(e)
        yield "outer handler again", cur()
    raise RuntimeError("end")


g = own()
print(next(g))
print(next(g))
show("caller, no except")
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    show("caller restored")
    print(next(g))
    show("caller restored")
print(next(g))
try:
    raise ValueError("caller2")
except ValueError:
    print(next(g))
    show("caller restored")
    try:
        next(g)
    except RuntimeError as e:
        print(ctx(e))

print("-- the generator's own exception is the context of what it raises")


def own_raise():
    try:
        raise KeyError("mine")
    except KeyError:
        yield 1
        raise RuntimeError("in handler")


g = own_raise()
next(g)
try:
    raise ValueError("theirs")
except ValueError:
    try:
        next(g)
    except RuntimeError as e:
        print(ctx(e), "->", repr(e.__context__.__context__))

print("-- throw()")


def catcher():
    while True:
        try:
            yield cur()
        except Exception as e:
            yield "caught " + ctx(e) + " seeing " + cur()


g = catcher()
next(g)
try:
    raise ValueError("caller")
except ValueError as ve:
    print(g.throw(KeyError("thrown")))
    show("caller after throw")
    print(next(g))
    print(g.throw(ve))
    print(next(g))
print(next(g))
try:
    raise ValueError("caller")
except ValueError:
    try:
        g.throw(GeneratorExit)
    except GeneratorExit as e:
        print("escaped", ctx(e))


def no_catch():
    yield 1


g = no_catch()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        g.throw(KeyError("thrown, uncaught"))
    except KeyError as e:
        print(ctx(e))

g = flat()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        g.throw(KeyError("into stackless"))
    except KeyError as e:
        print(ctx(e))


def throw_handler_raises():
    try:
        yield 1
    except KeyError:
        print("handler sees", cur())
        raise RuntimeError("handler")


g = throw_handler_raises()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        g.throw(KeyError("thrown"))
    except RuntimeError as e:
        print(ctx(e), "->", repr(e.__context__.__context__))

print("-- close()")


def closer():
    try:
        yield 1
    finally:
        print("finally sees", cur())


def close_raises():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit handler sees", cur())
        raise RuntimeError("on close")


def close_in_own_except():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        finally:
            print("finally in own except sees", cur())


for make in (closer, close_raises, close_in_own_except):
    g = make()
    next(g)
    try:
        raise ValueError("caller " + make.__name__)
    except ValueError:
        try:
            g.close()
        except RuntimeError as e:
            print(ctx(e), "->", repr(e.__context__.__context__))
        show("after close")
g = flat()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    g.close()
    show("after closing a stackless body")

print("-- yield from chains")


def inner():
    yield "inner " + cur()
    try:
        raise KeyError("inner own")
    except KeyError:
        yield "inner handler " + cur()
    yield "inner after " + cur()
    return "inner result " + cur()


def middle():
    r = yield from inner()
    yield "middle got " + r


def middle_own():
    try:
        raise NameError("middle own")
    except NameError:
        r = yield from inner()
        yield "middle got " + r + " " + cur()


def outer(m):
    yield "outer " + cur()
    yield from m()


for m in (middle, middle_own):
    g = outer(m)
    print(next(g))
    try:
        raise ValueError("caller")
    except ValueError:
        for item in g:
            print(item)
            show("  caller")


def inner_raises():
    yield 1
    raise RuntimeError("deep")


def middle_raises():
    yield from inner_raises()


g = middle_raises()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(g)
    except RuntimeError as e:
        print(ctx(e))

g = outer(middle)
next(g)
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        g.throw(IndexError("thrown down the chain"))
    except IndexError as e:
        print(ctx(e))

print("-- for loops and comprehensions")
try:
    raise ValueError("loop")
except ValueError:
    for item in flat():
        print(item)
    print([x for x in deep()])
    print(list(x for x in flat()))
    print(list(cur() for _ in range(2)))
    print(sorted({cur() for _ in range(2)}))


def call_in_except():
    try:
        raise KeyError("fn")
    except KeyError:
        return list(flat())


print(call_in_except())
ge = (cur() for _ in range(3))
print(next(ge))
try:
    raise ValueError("genexpr")
except ValueError:
    print(next(ge))
print(next(ge))


def ge_raise():
    return (1 // x for x in (1, 0))


ge = ge_raise()
next(ge)
try:
    raise ValueError("genexpr caller")
except ValueError:
    try:
        next(ge)
    except ZeroDivisionError as e:
        print(ctx(e))

print("-- a generator made in one except block, run in another")
try:
    raise ValueError("where made")
except ValueError:
    g = flat()
try:
    raise KeyError("where run")
except KeyError:
    print(next(g))
print(next(g))

print("-- finally and with blocks of the caller count too")
g = flat()
try:
    try:
        raise ValueError("pending in finally")
    finally:
        print(next(g))
except ValueError:
    pass


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", next(self.g))
        return True


cm = CM()
cm.g = flat()
with cm:
    raise KeyError("in with")

print("-- exception state after a generator finishes")
try:
    raise ValueError("caller")
except ValueError:
    print(list(own_raise.__code__.co_name for _ in range(1)))
    g = own()
    try:
        for item in g:
            print(item)
    except RuntimeError as e:
        print(ctx(e))
    show("caller at end")
show("top")
