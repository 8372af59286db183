# os.PathLike is an ABC (needs abc): a class with __fspath__ is a subclass, str is not
import os

class P:
    def __fspath__(self):
        return 'p'

print(issubclass(P, os.PathLike), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
print(os.PathLike[str])
