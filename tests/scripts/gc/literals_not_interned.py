# only identifier-like str literals are interned (CPython's rule), so the literals of code made and dropped (exec in a loop, reload) die with it; equal literals of one module are one object
import sys

literal = "a b!"
made = "".join(["a b", "!"])
print(sys.intern(made) is literal)
ident = "ab_1"
made2 = "".join(["ab", "_1"])
print(sys.intern(made2) is ident)


def same_literal():
    return "a b!"


print(same_literal() is literal)
for i in range(3):
    namespace = {}
    exec("x = 'literal number %d'" % i, namespace)
print(sys.intern("".join(["literal number ", "2"])) is namespace["x"])
