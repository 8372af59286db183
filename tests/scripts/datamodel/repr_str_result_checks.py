# repr() and str() check the result type; str() of a bad __repr__ blames __str__, as CPython.
class Rep:
    def __repr__(self): return 5
class Str:
    def __str__(self): return 5
class Both:
    def __repr__(self): return 1.5
    def __str__(self): return 'ok'
for label, f in (('repr', lambda: repr(Rep())), ('str', lambda: str(Rep())), ('print', lambda: print(Rep())),
                 ('fstr', lambda: f'{Rep()}'), ('fstr r', lambda: f'{Rep()!r}'), ('format', lambda: format(Rep())),
                 ('%s', lambda: '%s' % Rep()), ('%r', lambda: '%r' % Rep()), ('list repr', lambda: repr([Rep()])),
                 ('str Str', lambda: str(Str())), ('repr Str', lambda: repr(Str())[:2]), ('str Both', lambda: str(Both())),
                 ('repr Both', lambda: repr(Both())), ('__repr__ direct', lambda: Rep().__repr__()),
                 ('object.__str__', lambda: object.__str__(Rep())), ('str.format', lambda: '{}'.format(Rep()))):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError:', e)
