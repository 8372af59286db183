# CPython's pprint module, its pure-Python source unmodified, on hotpy: pformat widths, nesting, sort_dicts, depth
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import pprint
assert pprint.__file__.startswith("/usr/lib/python3.11/"), pprint.__file__
data = {'name': 'x' * 10, 'items': list(range(30)), 'nested': {'a': [{'b': (1, 2)}] * 3, 'c': 'long string ' * 5}}
pprint.pprint(data)
print(pprint.pformat(data, width=40, depth=2), pprint.pformat(data, compact=True, sort_dicts=False), sep='\n')
print(pprint.pformat(list(range(10)), width=10), pprint.saferepr([1, {2: 3}]), pprint.isreadable([1]))
