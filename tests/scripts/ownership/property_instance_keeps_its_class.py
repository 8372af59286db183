# An instance of a Python subclass of property keeps its class alive: the class is made
# in a function, dropped, its memory reused, and the instance still knows its class.
def make():
    class K(property):
        def tag(self):
            return "K.tag"
    return K(lambda self: 1)

x = make()
junk = [[i, str(i)] for i in range(50000)]
del junk
k = type(x)
print(k.__name__, k.__qualname__, k.__module__)
print([c.__name__ for c in k.__mro__])
print(isinstance(x, k), x.tag())
print(x.fget(None))
del k
y = x
del x
print(type(y).__name__)
