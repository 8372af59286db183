# string.Formatter: format/vformat, parse, get_field with attributes and items, conversions, nested specs, numbering errors, overriding
import string
f = string.Formatter()
print(f.format('{0} + {1} = {2:>4}', 1, 2, 3), f.format('{name!r} {x[0]} {o.real}', name='n', x=[9], o=3))
print(f.format('{} {}', 'a', 'b'), f.format('{:{w}}|', 'pad', w=6), f.vformat('{a}', (), {'a': 1}))
print(list(f.parse('x{0!r:>3}y{}z')))
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print(e)
try:
    f.format('{!x}', 1)
except ValueError as e:
    print(e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {}', 'a', 'b'))
