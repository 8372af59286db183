# f.__code__ describes the function: names, counts, variables and CPython 3.11's co_flags bits.
def f(a, /, b, c=2, *args, k=3, **kw):
    "the doc"
    x = a
    def inner():
        return x + b
    return inner

def g(a, b=2):
    return a + b

def gen():
    yield

for code in (f.__code__, g.__code__, f(1, 2).__code__, gen.__code__, (lambda q: q).__code__):
    print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
          code.co_nlocals, code.co_varnames, code.co_freevars, code.co_cellvars, code.co_flags, code.co_consts[0])
print(f.__code__.co_filename == __file__, f.__code__.co_firstlineno)
