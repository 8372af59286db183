"""-OO: docstrings of modules, functions, classes and methods become None; asserts are skipped"""
import sys
def f():
    "function doc"
class C:
    """class doc"""
    def m(self):
        "method doc"
    @property
    def p(self):
        "property doc"
class D:
    pass
lam = lambda: "not a docstring"
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, C.p.__doc__, D.__doc__, lam(), sys.flags.optimize)
assert False
print("assert skipped")
