# Instances with __call__ are callable and accept any signature.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
triple = Multiplier(3)
print(triple(5), triple(5, extra=1), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))
