# _string: CPython's string.Formatter (pure Python over _string) formats as CPython
import sys
sys.path.insert(0, '/usr/lib/python3.11')
import string

f = string.Formatter()
print(f.format('{0}-{1!r}-{name:>6}', 1, 'x', name='nm'))
print(f.format('{a[0]}{a[1]:03d} {b.real}', a=[7, 8], b=3))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2))
print(list(f.parse('x{0!s:>3}y')))
print(f.vformat('{} {}', ('a', 'b'), {}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print(e)
print(string.capwords(' hello   world '), string.ascii_letters[:5], string.digits)
