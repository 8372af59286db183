# re.error: CPython's messages, positions, lineno/colno for the common mistakes, and the TypeErrors/ValueErrors
import re

bad = ['a(', 'ab)c', '*a', 'a**', 'a[bc', r'\q', r'a\x4', r'\u12', '(?<n>a)', '(?z)', '(?P<1a>x)',
       '(?P=nn)', r'(a)\2', r'(a\1)', 'a(?i)', '(?P<a>x)(?P<a>y)', '[z-a]', r'[\w-z]', '(?(1)a|b|c)',
       '(?P', '(?', r'\N{NO SUCH NAME}', r'\U00110000', '(?#abc', 'x{2}{3}', '^*', '(?i-i:a)', '(?-a:x)',
       '(?L)x', 'a{3,2}', '(?P<>x)', '(?P<a', '(?(x)a)', r'(?(0)a)', '\\', r'[\q]', r'\8', '(?ix', '(?i-:a)',
       '(?<=a+)b', '(?P<a>)(?P<b>', 'a\nb(\nc', '(?Px)', r'\777', '(?ia', '(?(1', '|*', 'x|+', '(?=a)??*']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
for f in [lambda: re.compile('a', re.LOCALE), lambda: re.compile(b'a', re.UNICODE),
          lambda: re.compile('a', re.A | re.U), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 1),
          lambda: re.compile(1), lambda: re.sub('a', 'b', 3)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
for repl in [r'\2', r'\g<x>', r'\g<1', r'\q', r'\g<-1>', r'\g', r'\g<>', r'\g<a b>']:
    try:
        re.sub('(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'bab')
except TypeError as e:
    print('TypeError', e)
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, re.error('plain').pos)
