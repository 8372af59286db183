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
def sort_and_show(l, **options):
    try:
        l.sort(**options)
    except ValueError as e:
        print(e)
    print(log, l)
    log.clear()
l = [3, 1, 2]
sort_and_show(l, key=lambda v: (v, D(str(v), lambda: l.append('intruder'))))
l = [3, 1, 2]
sort_and_show(l, key=lambda v: (-v, D(str(v))), reverse=True)
l = [3, 1, 2]
sort_and_show(l, key=lambda v: l.append(D('i' + str(v), lambda: l.append('late'))) or v)

# list.__init__ empties the list (last first) before it reads the iterable
l = [D('a', lambda: log.append(len(l))), D('b')]
l.__init__(iter([1, 2]))
print(log, l)
log.clear()

# dict.update from a dict that a __del__ grows, empties or shrinks meanwhile
def update_and_show(src, action):
    d = {'a': D('a', lambda: action(src))}
    try:
        d.update(src)
    except RuntimeError as e:
        print(e)
    print(log, d, src)
    log.clear()
update_and_show({'a': 'A', 'b': 'B', 'c': 'C'}, lambda src: src.__setitem__('z', 'Z'))
update_and_show({'a': 'A', 'b': 'B'}, lambda src: src.clear())
update_and_show({'a': 'A', 'b': 'B', 'c': 'C'}, lambda src: src.pop('c'))

# l *= 0 empties the list last first; a dict frees each entry's key before its value
l = [D('a', lambda: l.append('x')), D('b', lambda: l.append('y'))]
l *= 0
print(log, l)
log.clear()
d = {D('k1', lambda: d.__setitem__('k', len(d))): D('v1', lambda: d.__setitem__('v', len(d))), D('k2'): D('v2')}
d.clear()
print(log, d)
log.clear()
d = {D('k1'): D('v1'), 'k2': D('v2')}
del d
print(log)
