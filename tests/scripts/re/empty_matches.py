# re's empty-match rules (CPython 3.7+) in findall, finditer, sub, subn and split, with pos/endpos
import re

print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'))
print(re.subn(r'\b', '|', 'one two'), re.sub(r'(?=b)', '^', 'abab'))
print(re.findall('x*', 'axxb'), re.findall('', 'ab'), re.findall(r'\b', 'a b'))
print([m.span() for m in re.finditer(r'a*', 'baac')])
print(re.split('', 'abc'), re.split('x*', 'axxb'), re.split(r'(?=b)', 'abab'), re.split(r'\W*', '...words...'))
print(re.split('a', ''), re.split('x*', ''), re.split('(x*)', 'ab'))
print(re.sub('a|', '-', 'bab'), re.findall('a|', 'bab'))
print(re.compile('x*').findall('xaxx', 1), re.compile('x*').findall('xaxx', 1, 3))
print(re.sub('$', '!', 'line\n'), re.findall('$', 'a\nb\n', re.M))
print(re.sub('é*', '-', 'aéb'))
