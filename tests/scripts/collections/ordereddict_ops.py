# collections.OrderedDict: move_to_end, popitem(last), order-sensitive equality, views, reversed, repr, | operators
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
a = OrderedDict([(1, 'x'), (2, 'y')])
b = OrderedDict([(2, 'y'), (1, 'x')])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(a, repr(OrderedDict()), a.keys(), a.values(), a.items())
print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.items())), list(reversed(a.values())))
print(a | {3: 'z'}, type(a | {3: 'z'}).__name__, {0: 'w'} | a)
a |= {0: 'q'}
print(a, a.copy(), type(a.copy()).__name__)
print(a.setdefault(9, 'nine'), a.pop(9), a.pop(99, 'default'))
try:
    a.pop(99)
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    a.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
class Sub(OrderedDict): pass
print(Sub(a=1), isinstance(a, dict))
rec = OrderedDict(); rec['self'] = rec
print(rec)
