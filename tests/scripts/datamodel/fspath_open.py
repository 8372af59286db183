# open() takes an os.PathLike through a __fspath__ looked up on its type; the file is named by the path.
class PathLike:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


with open(PathLike('fspath_open.tmp'), 'w') as f:
    print(type(f.name).__name__, f.name)
    f.write('written through a path-like')
with open(PathLike(b'fspath_open.tmp'), 'rb') as f:
    print(type(f.name).__name__, f.name, f.read())

p = PathLike('fspath_open.tmp')
p.__fspath__ = lambda: 'not-used'  # an instance attribute is not the special method
with open(p) as f:
    print(f.name)


class NoneFspath:
    __fspath__ = None


for bad in (PathLike(3), 1.5, None, NoneFspath()):
    try:
        open(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    open(PathLike('no/such/dir/file'))
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
