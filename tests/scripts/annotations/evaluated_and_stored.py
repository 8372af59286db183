# Annotations are evaluated and kept: a module's and a class's simple names in __annotations__, a def's parameters and return in its __annotations__, none for locals; __future__ is a module
x: int = 3
y: "str"
def f(a: int, b: str = "x", *args: float, c: list[int], **kw: dict) -> bool:
    v: int = 1
    return True
print(__annotations__, f.__annotations__)
class C:
    p: int
    q: str = "a"
    def m(self) -> None: pass
print(C.__annotations__, C.m.__annotations__, 'p' in C.__dict__)
def g(): pass
print(g.__annotations__)
g.__annotations__ = {'z': 1}
print(g.__annotations__)
lam = lambda: 0
print(lam.__annotations__)
class D: pass
print(D.__dict__.get('__annotations__'))
import __future__
print(__future__.annotations, __future__.all_feature_names[:3])
