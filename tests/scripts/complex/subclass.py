# A subclass of complex: its instances, arithmetic giving plain complex, isinstance
class C(complex):
    pass
c = C(1, 2)
print(type(c).__name__, c, c + 1, type(c + 1).__name__, isinstance(c, complex), C('3j'))
c.label = 'x'
print(c.label, type(+c).__name__, complex(c), type(complex(c)).__name__)
