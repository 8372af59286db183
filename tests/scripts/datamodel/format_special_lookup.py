# format() and f-strings look __format__ up on the type: int subclasses and classes themselves.
class Hexish(int):
    def __format__(self, spec):
        return 'Hexish<' + spec + '>'


class Floatish(float):
    def __format__(self, spec):
        return 'Floatish<' + spec + '>'


class WithFormat:
    def __format__(self, spec):
        return 'instance<' + spec + '>'


h = Hexish(255)
print(format(h, 'x'), f'{h:d}', '{:>3}'.format(h), f'{h}')
print(format(Floatish(1.5), '.1f'), f'{Floatish(2.0)}')
print(int.__format__(h, 'x'), format(int(h), 'x'))
print(format(WithFormat, ''), f'{WithFormat}', format(int), f'{int!r:>15}')
for spec in ('x', '>5'):
    try:
        format(WithFormat, spec)
    except TypeError as e:
        print('TypeError:', e)
print(format(WithFormat(), 'abc'))


class Unformattable:
    pass


try:
    format(Unformattable(), 'd')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{Unformattable():>4}'
except TypeError as e:
    print('TypeError:', e)
