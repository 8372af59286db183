# Zero-argument super() in comprehensions, lambdas and inner functions of a method, as in 3.11.
class A:
    def f(self): return 'A.f'
class B(A):
    def listcomp(self): return [super().f() for _ in range(1)]
    def genexp(self): return list(super().f() for _ in range(1))
    def setcomp(self): return {super().f() for _ in range(1)}
    def lam(self): return (lambda: super().f())()
    def inner_def(self):
        def g(x): return super().f()
        return g(self)
    def via_var(self):
        s = super()
        return [s.f() for _ in range(1)]
for name in ('listcomp', 'genexp', 'setcomp', 'lam', 'inner_def', 'via_var'):
    try:
        print(name, getattr(B(), name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__ + ':', e)
