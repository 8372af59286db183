# contextlib: contextmanager, decorators, suppress, redirect_stdout, nullcontext, closing, ExitStack (order, chaining, pop_all), asynccontextmanager, AsyncExitStack
from contextlib import *
import contextlib, io, sys
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name
    finally:
        print('</%s>' % name)
with tag('a') as n: print('inside', n)
try:
    with tag('b'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError: print('swallowed')
with swallow(): raise KeyError(1)
@tag('deco')
def f(): print('in f')
f(); f()
with suppress(ZeroDivisionError): 1/0
print('after suppress')
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
with nullcontext(5) as x: print(x)
class R:
    def close(self): print('closed')
with closing(R()): pass
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(tag('x'))
    st.callback(print, 'cb2')
    print('body')
try:
    with ExitStack() as st:
        st.callback(lambda: 1/0)
        raise KeyError('k')
except ZeroDivisionError as e: print(type(e.__context__).__name__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
try:
    ExitStack().enter_context(3)
except TypeError as e: print(e)
print(isinstance(open.__class__, type), issubclass(type(nullcontext()), AbstractContextManager), issubclass(int, AbstractContextManager))
@asynccontextmanager
async def actx():
    print('aenter'); yield 7; print('aexit')
async def main():
    async with actx() as v: print('got', v)
    async with AsyncExitStack() as s:
        await s.enter_async_context(actx())
        s.callback(print, 'sync cb')
c = main()
try: c.send(None)
except StopIteration: pass
s = ExitStack(); s.callback(print, 'popped'); s2 = s.pop_all(); s.close(); print('--'); s2.close()
@contextmanager
def passthrough():
    yield
for exc in (StopIteration('s'), RuntimeError('r'), KeyError('k')):
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc)
@contextmanager
def converting():
    try:
        yield
    except KeyError:
        raise ValueError('converted')
try:
    with converting():
        raise KeyError(1)
except ValueError as e:
    print('ValueError', type(e.__context__).__name__)
@contextmanager
def stop_swallow():
    try:
        yield
    except StopIteration:
        pass
with stop_swallow():
    raise StopIteration('x')
print('swallowed stop')
