# re flags (RegexFlag names and reprs), Pattern repr/equality/hash/attributes, and bytes patterns
import re

print(re.I, re.IGNORECASE, re.M | re.S, repr(re.X), re.A, re.U, re.L, re.NOFLAG, re.I | 1024)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), re.DEBUG == 128)
print(re.I | re.M == 10, isinstance(re.I | re.M, int), type(re.I | re.M).__name__, (re.I | re.M).name, re.I.name)
print(re.RegexFlag.IGNORECASE, re.RegexFlag(2), re.I & re.M, re.I ^ re.I)
print(re.compile('a+'), re.compile('a+', re.I), re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A), re.compile(b'a'), re.compile(b'a', re.I), re.compile('a' * 250))
print(re.compile('(?s)a'), re.compile('a', 1024 | re.I))
p = re.compile(r'(?P<n>a)(b)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags, re.compile('(?x)x').flags)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(hash(re.compile('ab')) == hash(re.compile('ab')), len({re.compile('q'), re.compile('q')}))
print(re.compile('a') != re.compile('b'))
b = re.compile(rb'(\w+)=(\d+)')
print(b.findall(b'a=1 b=22 \xe9=3'), b.search(b'xx k=9'))
print(b.sub(rb'\2:\1', b'a=1 b=2'), b.split(b'a=1,b=2'))
print(re.findall(rb'\w', b'a\xe9b'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.match(rb'\x41', b'A'))
print(re.search(b'b+', bytearray(b'abbc')), re.search(b'b+', memoryview(b'abbc')).span())
print(re.match(rb'(?i)ABC', b'abc'), re.findall(rb'\s', b'a \t\n\x0bb'))
m = re.match(rb'(?P<x>a)(b)?', b'ac')
print(m.group('x'), m.groups(), m.groupdict(), m.expand(rb'[\1\g<x>]'), m)
print(re.sub(b'a', b'', b'banana'), re.subn(b'(a)', lambda m: m.group(1).upper(), b'banana'))
print(re.escape(b'a-b'), re.split(rb'(\d)', b'a1b2c'))
for p in [rb'\u0041', rb'\N{DASH}', b'(?u)a']:
    try:
        re.compile(p)
    except re.error as e:
        print(e)
