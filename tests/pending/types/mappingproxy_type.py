# types.MappingProxyType(mapping): a read-only view made from Python
import types
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, dict(mp.items()))
try:
    mp['z'] = 2
except TypeError as exc:
    print('TypeError', exc)
