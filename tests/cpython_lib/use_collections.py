# CPython's collections module, its pure-Python source unmodified, on hotpy: namedtuple, OrderedDict, Counter, ChainMap, deque, defaultdict, User* classes
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import collections
assert collections.__file__.startswith("/usr/lib/python3.11/"), collections.__file__
from collections import namedtuple, OrderedDict, Counter, ChainMap, deque, defaultdict, UserDict, UserList, UserString
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]), p.x + p[1])
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); od.popitem(last=False)
print(od, list(reversed(od)), od == OrderedDict(c=3, a=1))
c = Counter('abracadabra')
print(c.most_common(3), c['z'], sorted(c.elements())[:4], c.total())
print(c + Counter('aa'), c - Counter('abc'), c & Counter('aab'), c | Counter('zz'))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); cm2 = cm.new_child({'c': 4})
print(cm['a'], cm['b'], len(cm), cm, dict(cm2), cm2.parents)
d = deque([1, 2, 3], maxlen=4); d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.maxlen, d.popleft(), d)
dd = defaultdict(list); dd['k'].append(1); print(dd, dict(dd))
class UD(UserDict): pass
print(UD(a=1), UserList([1, 2]) + [3], UserString('ab').upper(), isinstance(UD(), dict))
