# callable() is true for functions, lambdas, classes, builtins, bound methods, __call__ objects.
class WithCall:
    def __call__(self):
        return 1
class Plain:
    def method(self):
        pass
def f():
    pass
for v in [f, lambda: 0, Plain, Plain().method, WithCall(), Plain(), len, 5, "s", None, int]:
    print(callable(v))
