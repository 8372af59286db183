# super().m(args) called directly behaves as the bound method the super object makes: MRO, non-functions, errors, shadowing.
class A:
    def __init__(self, x):
        self.x = x
    def who(self, tag):
        return "A.who(%s) on %s" % (tag, type(self).__name__)
    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__
    @staticmethod
    def st(v):
        return "A.st %r" % (v,)
    def gen(self):
        yield "A.gen"
    def star(self, *args):
        return ("A.star", args)
class B(A):
    def who(self, tag):
        return "B>" + super().who(tag)
class C(A):
    def who(self, tag):
        return "C>" + super().who(tag)
class D(B, C):
    def __init__(self):
        super().__init__(7)
    def who(self, tag):
        return "D>" + super().who(tag)
    @classmethod
    def make(cls):
        return "D>" + super().make()
    def calls(self):
        out = [super().st(1), list(super().gen()), super().star(1, 2)]
        try:
            super().who()
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            super().missing(1)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
        return out
d = D()
for i in range(3):
    print(d.who(i))
print(d.x, D.make(), d.make())
for line in d.calls():
    print(line)

class E:
    def __init__(self):
        super().__init__()      # object.__init__: not a Python function
    def __repr__(self):
        return "E:" + super().__repr__()[:8]
print(repr(E()))

class F(A):
    def who(self, tag):
        super = lambda: A("shadow")   # a local named super is not the builtin
        return super().who(tag)
print(F(0).who("local"))

class G(A):
    def who(self, tag):
        def inner():
            return super().who(tag)
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(G(0).who("inner"))

class H(A):
    def who(self, tag):
        del self
        try:
            return super().who(tag)
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(H(0).who("deleted"))

class I(A):
    def who(self, tag):
        self = 5
        try:
            return super().who(tag)
        except TypeError as e:
            return "TypeError: " + str(e)
print(I(0).who("rebound"))

import builtins
real_super = builtins.super
class J(A):
    def who(self, tag):
        return super().who(tag)
builtins.super = lambda *a: A("patched builtin")
try:
    print(J(0).who("patched"))
finally:
    builtins.super = real_super
print(J(0).who("restored"))
