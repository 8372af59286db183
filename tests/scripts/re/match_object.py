# re.Match: group/groups/groupdict/span/start/end/expand/lastindex/lastgroup/pos/endpos/re/string/regs/[], repr and bool
import re

m = re.search(r'(?P<word>\w+)\s(?P<num>\d+)?(x)?', '.. hello 42 ..')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num', 3))
print(m[0], m['word'], m[2])
print(m.groups(), m.groups('dflt'), m.groups(default=0))
print(m.groupdict(), m.groupdict('d'))
print(m.span(), m.span(1), m.span('num'), m.span(3))
print(m.start(), m.end(), m.start('word'), m.end(2), m.start(3), m.end(3))
print(m.expand(r'<\2:\g<word>:\g<0>:\3>'))
print(m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.re.pattern, m.string)
print(m.regs)
print(bool(m))
for bad in [4, 'nope', -1, 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a)b', 'ab').lastgroup, re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(re.match(r'a', 'a').lastindex)
m2 = re.compile(r'b+').search('abbbc', 1, 4)
print(m2, m2.pos, m2.endpos)
u = re.search(r'(é+)(ü)', 'xxéééü')
print(u, u.span(1), u.span(2), u.group(2))
print(re.search(r'\d+', '日本語 2024 年').span())
print(re.match('', 'abc'))
print(repr(re.match('(a)?', 'b').group(1)))
print(m.__copy__() is m, m.__deepcopy__({}) is m)
print(re.Match, re.Pattern, type(m) is re.Match, type(m.re) is re.Pattern)
