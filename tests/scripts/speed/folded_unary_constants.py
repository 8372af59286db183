# -1, +2.5, ~7 and -3j are made once (CPython folds them); other operands and operators
# are computed, and a bad operand still raises TypeError.
l = [1, 2, 3]
print(l[-1], -1, +2.5, ~7, -3j, -(2**70), ~-1, -0.0, +True, -False, ~True)
def f(): return -12345678901234567890
print(f() is f(), f())
def g(x): return x * -1, x - -2, -x, +x
print(g(5), g(2.5))
try:
    print(-"a")
except TypeError as e:
    print(e)
try:
    print(~1.5)
except TypeError as e:
    print(e)
print(- 1, -(1), --1, -+-1)
