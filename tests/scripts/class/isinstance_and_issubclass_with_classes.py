# isinstance/issubclass follow single inheritance; tuples of classes are accepted.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, C), isinstance(c, B), isinstance(c, A), isinstance(c, D))
print(isinstance(c, (D, A)), isinstance(c, object))
print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(D, object))
print(type(c) is C, type(c) == B)
