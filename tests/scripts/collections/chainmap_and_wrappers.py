# collections: ChainMap lookups/writes/new_child/parents; UserDict, UserList, UserString delegation
from collections import ChainMap, UserDict, UserList, UserString
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], len(cm), list(cm), sorted(cm.items()), 'c' in cm, cm.get('z', 0))
cm['a'] = 100
print(over, base)
child = cm.new_child({'d': 4})
print(child, child.parents, child.maps[0], ChainMap().maps)
del cm['a']
try:
    del cm['b2']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('c'), cm.popitem(), bool(ChainMap({})), bool(cm))
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}), ChainMap.fromkeys('xy', 0))
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return 'missing ' + key
d = Lower(A=1)
d['B'] = 2
print(d, d['a'], d['zz'], len(d), list(d), d.data, d.copy(), type(d.copy()).__name__)
print(UserDict(x=1) | {'y': 2}, {'w': 0} | UserDict(x=1), 'x' in UserDict(x=1))
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); ul.extend([9]); ul += [10]
print(ul, ul[1:3], type(ul[1:3]).__name__, ul * 2, 2 * UserList([1]), ul + [11], [0] + ul)
print(ul.pop(), ul.index(2), ul.count(1), len(ul), ul == [0, 1, 2, 3, 9], ul < [5], 3 in ul)
ul.reverse(); ul.insert(0, 'first'); ul.remove(9); print(ul, ul.copy(), ul.data)
us = UserString('Hello, World')
print(us, repr(us), us.upper(), us.lower(), us.split(', '), us.replace('l', 'L'), us[0], us[-5:])
print(us + '!', '>' + us, us * 2, len(us), 'World' in us, us == 'Hello, World', us < 'Z', us.find('o'))
print(us.startswith('Hell'), us.center(16, '*'), us.zfill(14), type(us.strip()).__name__, us.count('l'))
print(UserString(42), UserString('%s-%s') % ('a', 'b'), hash(UserString('k')) == hash('k'), int(UserString('7')))
