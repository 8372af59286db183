# dir(cls) asks the metaclass's own __dir__ when it defines one (enum's EnumType does)
class Meta(type):
    def __dir__(cls):
        return ['zeta', 'alpha', 'alpha']
class WithMeta(metaclass=Meta):
    x = 1
class Plain:
    y = 2
print(dir(WithMeta))
print([n for n in dir(Plain) if not n.startswith('__')])
class SubMeta(Meta):
    pass
class Deeper(metaclass=SubMeta):
    pass
print(dir(Deeper))
