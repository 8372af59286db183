# a with statement's __exit__ receives the exception's traceback object (unittest walks it to trim its own frames)
import contextlib, sys
@contextlib.contextmanager
def cm():
    try:
        yield
    except Exception as e:
        tb = e.__traceback__
        while tb:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno, '__unittest' in tb.tb_frame.f_globals); tb = tb.tb_next
def f(): raise KeyError('x')
with cm(): f()
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        while tb:
            print('exit', tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
        return True
with CM(): f()
def g():
    try:
        yield
    except KeyError as e:
        tb = e.__traceback__
        while tb:
            print('g', tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
it = g(); next(it)
try: f()
except KeyError as e:
    try: it.throw(e)
    except StopIteration: pass
