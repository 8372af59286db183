# complex(): numbers, two parts (complex ones too), strings, keywords, __complex__, and CPython's errors
print(complex(), complex(2), complex(2, 3), complex(real=2, imag=3), complex(1 + 2j, 3 + 4j), complex(True))
print(complex('1+2j'), complex(' ( -1.5e3-2J ) '), complex('j'), complex('-j'), complex('inf'), complex('nanj'))
class D:
    def __complex__(self):
        return 3 + 4j
print(complex(D()), complex(10**20))
for bad in ['1+', 'j+1', '(1+2j', '', '1 + 2j']:
    try:
        complex(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ([],), (1, []), (10**400,)]:
    try:
        complex(*args)
    except Exception as e:
        print(type(e).__name__, e)
