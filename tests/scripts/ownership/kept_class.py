# Imported by the tests in this folder: reports on an instance whose class was made
# in a function and dropped, once the class's memory could have been reused.
def report(x, show):
    junk = [[i, str(i)] for i in range(50000)]
    del junk
    k = type(x)
    print(k.__name__, k.__qualname__, k.__module__)
    print([c.__name__ for c in k.__mro__])
    print(isinstance(x, k), x.tag(), show(x))
    del k
    print(type(x).__name__)
