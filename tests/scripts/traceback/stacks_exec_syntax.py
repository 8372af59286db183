# traceback: print_stack/format_stack/walk_stack layouts, frames of exec/eval code without source, SyntaxError formatting with carets
import traceback, sys
class Hide:
    def __init__(s, st): s.st = st; s.d = __file__.rpartition('/')[0]
    def write(s, t): return s.st.write(t.replace(s.d, '<DIR>'))
    def flush(s): pass
sys.stdout = Hide(sys.stdout)
def a(): b()
def b(): traceback.print_stack(file=sys.stdout)
a()
def c():
    return traceback.format_stack()
print(''.join(c()), end='')
def walker():
    return [f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())]
print(walker())
def gen():
    yield traceback.extract_stack()[-1].name
print(next(gen()))
try:
    exec("def f():\n    return 1 / 0\nf()")
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
try:
    eval('[1][2]')
except IndexError:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(SyntaxError('msg', ('f.py', 3, 5, 'x = (1 +\n', 3, 7))))
