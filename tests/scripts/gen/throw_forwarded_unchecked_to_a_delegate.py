# throw() while delegating with yield from: an iterator's own throw() gets the arguments unchecked; a class whose __new__ makes no exception is a TypeError
class Delegate:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def throw(self, *args):
        print("throw", *args)
        return 2
def outer():
    yield from Delegate()
g = outer()
print(next(g))
print(g.throw(123))
class BadException(BaseException):
    def __new__(cls, *args, **kwargs):
        return 1
def gen():
    yield
try:
    gen().throw(BadException)
except TypeError as e:
    print(type(e).__name__, e)
