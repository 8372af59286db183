# next(), __next__() and a class's __next__ carry StopIteration's value; an exhausted builtin iterator's __next__ raises a bare StopIteration.
def g():
    yield 1
    return 'done'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('next:', e.value, e.args)
it = g(); it.__next__()
try:
    it.__next__()
except StopIteration as e:
    print('__next__:', e.value, e.args)
print(next(it, 'default'))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
try:
    next(It())
except StopIteration as e:
    print('class:', e.value)
print(next(It(), 'dflt'), list(It()))
def none_ret():
    yield 1
    return None
n = none_ret(); next(n)
try:
    next(n)
except StopIteration as e:
    print('none:', e.value, e.args)
try:
    iter([]).__next__()
except StopIteration as e:
    print(repr(e), e.args, e.value)
