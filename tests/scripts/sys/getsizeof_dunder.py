# sys.getsizeof on instances of classes: __sizeof__ plus CPython's header, its errors, and the default argument.
import sys
class A:
    def __sizeof__(self):
        return 100
class B:
    pass
class C:
    def __sizeof__(self):
        return -1
class D:
    def __sizeof__(self):
        return "x"
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(D(), 7))
for c in (C, D):
    try:
        sys.getsizeof(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
