# os.fspath: str/bytes pass through, __fspath__ is used (also by open and stat), bad values raise TypeError
import os

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
os.mkdir(P('work-fspath'))
print(os.path.isdir(P('work-fspath')), os.path.join(P('work-fspath'), 'x'), os.listdir(P('work-fspath')))
try:
    os.stat(P('work-fspath/nope'))
except FileNotFoundError as e:
    print(e.filename, e.strerror)
print(os.getpid() > 0, os.getppid() > 0, type(os.getuid()).__name__, len(os.urandom(16)), os.urandom(0))
print(type(os.cpu_count()).__name__, os.umask(0o22) >= 0, os.device_encoding(os.pipe()[0]))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
os.rmdir('work-fspath')
