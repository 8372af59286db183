# The order __del__ runs in when list slices, sort keys and dict.update drop items, and what a __del__ that mutates the container leaves
log = []
class D:
    def __init__(self, name, action=None):
        self.name, self.action = name, action
    def __del__(self):
        log.append(self.name)
        if self.action is not None:
            self.action()

# del l[i:j] and l[i:j] = ... drop the removed items last first
l = [0, D('a', lambda: l.append('x')), D('b', lambda: l.insert(0, 'y')), 3]
del l[1:3]
print(log, l)
log.clear()
l = [D('a', lambda: l.append('x')), D('b', lambda: l.__setitem__(slice(0, 1), [7, 8])), 2]
l[0:2] = [5]
print(log, l)
log.clear()

# extended slices drop them in slice order
l = [D('a', lambda: l.append('x')), 1, D('b', lambda: l.clear()), 3, D('c', lambda: l.append('z'))]
del l[::-2]
print(log, l)
log.clear()

# sort: the keys die in sorted order while the list still looks empty; items added
# meanwhile die last first, after the sorted list is back
l = [3, 1, 2]
try:
    l.sort(key=lambda v: (v, D(str(v), lambda: l.append('intruder'))))
except ValueError as e:
    print(e)
print(log, l)
log.clear()
l = [3, 1, 2]
try:
    l.sort(key=lambda v: (-v, D(str(v))), reverse=True)
except ValueError as e:
    print(e)
print(log, l)
log.clear()
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(D('i' + str(v), lambda: l.append('late'))) or v)
except ValueError as e:
    print(e)
print(log, l)
log.clear()

# list.__init__ empties the list (last first) before it reads the iterable
l = [D('a', lambda: log.append(len(l))), D('b')]
l.__init__(iter([1, 2]))
print(log, l)
log.clear()

# dict.update from a dict that a __del__ grows or empties meanwhile
src = {'a': 'A', 'b': 'B', 'c': 'C'}
d = {'a': D('a', lambda: src.__setitem__('z', 'Z'))}
try:
    d.update(src)
except RuntimeError as e:
    print(e)
print(log, d, src)
log.clear()
src = {'a': 'A', 'b': 'B'}
d = {'a': D('a', lambda: src.clear())}
try:
    d.update(src)
except RuntimeError as e:
    print(e)
print(log, d, src)
log.clear()
src = {'a': 'A', 'b': 'B', 'c': 'C'}
d = {'a': D('a', lambda: src.pop('c'))}
try:
    d.update(src)
except RuntimeError as e:
    print(e)
print(log, d, src)
