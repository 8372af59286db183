# pprint: CPython's wrapping of dicts, lists, tuples, sets, strings and bytes; width, indent, depth, compact, sort_dicts, underscore_numbers
import pprint
data = {'name': 'hotpy', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'deep': (1, 2, 3)}], 'b': None, 'z': 1.5},
        'tuple1': (1,), 'text': 'a fairly long string that will need to be wrapped across lines when printed narrow ' * 2,
        'set': {3, 1, 2}, 'fs': frozenset({20, 10}), 'bytes': b'0123456789' * 8, 'empty': [], 'et': (), 'ed': {}, 10: 'int key'}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([list(range(12))] * 3, compact=True, width=40)
pprint.pprint({'b': 1, 'a': 2, 'c': [3] * 20}, sort_dicts=False, width=30)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([10**12, 2**40], underscore_numbers=True)
print(pprint.pformat('short'), pprint.pformat('line one\nline two\n' * 5, width=20))
print(pprint.pformat(b'\x00\x01 bytes that are long enough to wrap in a narrow width', width=20))
print(pprint.pformat(bytearray(b'abcdefghijklmnopqrstuvwxyz' * 3), width=30))
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(rec).split(' with id')[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, 'a']))
print(pprint.pformat(d).split(' with id')[0])
print(pprint.pformat({(1, 'a'): [1] * 30, (0, 'b'): 'x', 3.5: 1, 3: 2}, width=30))
pprint.pp({'z': 1, 'a': [{'k': 'v' * 40}, {'k2': 'w' * 40}]})
class Custom:
    def __repr__(self):
        return '<Custom object with a long representation that exceeds the width of the line>'
pprint.pprint([Custom(), Custom()], width=60)
print(pprint.isreadable(Custom()), pprint.saferepr({'a': [1, (2, 3)]}))
pp = pprint.PrettyPrinter(indent=2, width=20)
print(pp.pformat({'alpha': [1, 2, 3], 'beta': {'x': 'y' * 10}}))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
class MyDict(dict):
    pass
class MyList(list):
    def __repr__(self):
        return 'MyList(' + list.__repr__(self) + ')'
pprint.pprint(MyDict(a=list(range(30))), width=40)
pprint.pprint(MyList(range(30)), width=40)
pprint.pprint([[], {}, set(), 'x' * 100], width=40)
