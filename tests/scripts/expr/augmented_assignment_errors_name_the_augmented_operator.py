# A failing augmented assignment names its operator (+=, -=, **=...), whatever the left operand holds.
cases = [(1, '+', 'a'), (1.5, '-', 'a'), (True, '*', None), (2, '**', 'a'), (7, '//', []), (3, '@', 4),
         ('s', '-', 1), ([1], '-', [1]), (None, '|', 1), (5, '<<', 1.0)]
for left, op, right in cases:
    x = left
    try:
        exec('x ' + op + '= right')
    except TypeError as e:
        print(e)
