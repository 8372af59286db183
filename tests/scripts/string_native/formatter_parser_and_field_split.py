# _string: formatter_parser and formatter_field_name_split give CPython's tuples and errors
import _string

for s in ['', 'plain', '{}', 'a{0}b', '{name!r:>10}', '{x:{w}.{p}}', '{{esc}}', 'x{{', '}}y', '{0[a:b]}', '{!s}',
          '{a.b[c]!a}', 'é{ü}ö', '{:}', '{0!r}tail', 'a{b}c{d:e}f']:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ['{', '}', 'a}b', '{0!}', '{0!r', '{0!rx}', '{0:{', '{a{b}', '{0', 'ok{0}then}']:
    it = _string.formatter_parser(s)
    got = []
    try:
        for part in it:
            got.append(part)
    except ValueError as e:
        print(repr(s), got, 'ValueError:', e)
for name in ['a', '0', '12', 'a.b', 'a[0]', 'a[x].y[1][z]', '', 'a.0', '[3]', 'x[01]']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for name in ['a.', 'a[', 'a[0]x', 'a..b', 'a[]']:
    first, rest = _string.formatter_field_name_split(name)
    try:
        print(list(rest))
    except ValueError as e:
        print(repr(name), 'ValueError:', e)
for f in [_string.formatter_parser, _string.formatter_field_name_split]:
    try:
        f(5)
    except TypeError as e:
        print(e)
