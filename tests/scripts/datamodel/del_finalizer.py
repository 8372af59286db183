# __del__ runs when the last reference goes, once per object; its errors are reported and ignored.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


n = Noisy('deleted name')
del n
print('after del')


def scope():
    local = Noisy('local')


scope()
print('after return')
items = [Noisy('list item')]
items.clear()
d = {'k': Noisy('dict value')}
d['k'] = None
n = Noisy('rebound')
n = Noisy('replacement')
print('after rebinding')


class Failing:
    def __del__(self):
        raise ValueError('ignored')


import sys


class Collect:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s

    def flush(self):
        pass


sys.stderr = Collect()
Failing()
report, sys.stderr = sys.stderr.text.splitlines(), sys.__stderr__
print(report[0].split(' at ')[0])
print(report[1:2], report[-1])
print('after failing __del__')
kept = []


class Resurrects:
    def __del__(self):
        print('resurrected')
        kept.append(self)


Resurrects()
print(len(kept), type(kept[0]).__name__)
kept.clear()
print('no second __del__')


class Child(Noisy):
    pass


Child('inherited')


class AddedLater:
    pass


AddedLater.__del__ = lambda self: print('__del__ added after the class')
AddedLater()
try:
    Noisy('while handling')
    raise KeyError('k')
except KeyError:
    print('handled')
n = None
print('end of module')
last = Noisy('at exit')
