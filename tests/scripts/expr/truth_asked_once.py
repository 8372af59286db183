# In a test (if, while, assert, a conditional expression, a comprehension or match
# guard) each operand of `and`, `or` and `not` has its truth asked once, as CPython's
# jumps ask it; an error raised there is reported where CPython reports it.
class A:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
if A(False) and 1: print("yes")
if A(True) or 1: print("yes2")
if not (A(False) or A(False)): print("yes3")
while A(False) and A(True): pass
x = 1 if (A(True) and A(False)) else 2
print(x)
assert A(True) or A(False)
y = [i for i in range(2) if A(False) or i]
print(y)

import os, sys, traceback
HERE = os.path.dirname(os.path.abspath(__file__))
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
def t1():
    if Bad() and 1:
        pass
def t2():
    x = 1
    while x and not Bad():
        x = 0
def t3():
    return [i for i in range(3) if i or Bad()]
def t4():
    assert 1 and Bad(), "msg"
def t5():
    return 1 if (0 or Bad()) else 2
def t6():
    if undefined_name or 1:
        pass
def t7():
    match 1:
        case 1 if not Bad():
            pass
for t in (t1, t2, t3, t4, t5, t6, t7):
    try:
        t()
    except Exception:
        sys.stdout.write(traceback.format_exc().replace(HERE, '<DIR>'))
def t8():
    return list(i for i in range(3) if i or Bad())
def t9():
    g = (i for i in range(3) if not Bad())
    return next(g)
def t10():
    return {i: 1 for i in range(3) if Bad() and 1}
for t in (t8, t9, t10):
    try:
        t()
    except Exception:
        sys.stdout.write(traceback.format_exc().replace(HERE, '<DIR>'))
