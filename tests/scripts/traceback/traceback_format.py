# traceback: format_exc/print_exc/format_exception layout with source lines and carets, chains, extract_tb/stack, FrameSummary, format_exception_only, groups, limits
import sys
import traceback

class HideDirectory:
    # The test runs from a temporary copy: its directory is shown as <DIR>.
    def __init__(self, stream):
        self.stream = stream
        self.directory = __file__.rpartition('/')[0]
    def write(self, text):
        return self.stream.write(text.replace(self.directory, '<DIR>'))
    def flush(self):
        self.stream.flush()
sys.stdout = HideDirectory(sys.stdout)

def divide(a, b):
    return a / b

def lookup(d):
    return d['missing'] + 1

def outer():
    divide(1, 0)

try:
    outer()
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
    traceback.print_exc(file=sys.stdout)
try:
    lookup({})
except KeyError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        [][3]
    except IndexError as inner:
        raise ValueError('converted') from inner
except ValueError as e:
    traceback.print_exception(e, file=sys.stdout)
try:
    try:
        {}['k']
    except KeyError:
        x = undefined_name
except NameError as e:
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)), end='')
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    print(''.join(traceback.format_exception(e, limit=0)), end='')
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.lineno for f in frames], frames[-1].line)
    print(frames[0] == (frames[0].filename, frames[0].lineno, frames[0].name, frames[0].line), repr(frames[0])[:20])
    print(''.join(traceback.format_tb(tb, limit=1)), end='')
    print(''.join(traceback.format_list(frames[1:])), end='')
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print(''.join(te.format()), end='')
def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([f.name for f in st][-2:], st[-1].line)
print(''.join(traceback.format_stack(limit=1)), end='')
def recurse(n):
    if n == 0:
        raise RecursionError('deep')
    recurse(n - 1)
try:
    recurse(8)
except RecursionError:
    print(traceback.format_exc(), end='')
e = ValueError('with note')
e.add_note('a note')
e.add_note('second\nline')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(KeyError()))
try:
    compile('x = (1,', 'snippet.py', 'exec')
except SyntaxError as se:
    print(''.join(traceback.format_exception_only(se)), end='')
try:
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t')])
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)), end='')
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom('x')))
def mark():
    value = [1, 2][5]
try:
    mark()
except IndexError:
    print(traceback.format_exc(), end='')
