# A generator closed because it is dropped (a loop's break, del, the cycle collector)
# while its dropper handles an exception: GeneratorExit gets that one as context
# (or the generator's own, when it was suspended in its own except block).
import sys, gc
def cur(): return repr(sys.exc_info()[1])
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally sees", cur())
def g2():
    try:
        yield 1
    except GeneratorExit as e:
        print("exit ctx", repr(e.__context__), "sees", cur())
        raise
def own():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        except GeneratorExit as e:
            print("own exit ctx", repr(e.__context__), "sees", cur())
            raise
for make in (g, g2, own):
    try:
        raise ValueError("caller")
    except ValueError:
        for x in make():
            break
        print("after break", cur())
    x = make(); next(x)
    try:
        raise ValueError("caller2")
    except ValueError:
        del x
        print("after del", cur())
# generator collected in a cycle while handling
class Holder: pass
h = Holder(); h.g = own(); h.me = h; next(h.g)
del h
try:
    raise ValueError("during gc")
except ValueError:
    gc.collect()
    print("after gc", cur())
# with statement inside generator
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit got", t and t.__name__, "sees", cur())
        return False
def wg():
    with CM():
        yield 1
        raise RuntimeError("in with")
x = wg(); next(x)
try:
    raise ValueError("caller3")
except ValueError:
    try:
        next(x)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
