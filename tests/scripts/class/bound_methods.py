# obj.method is a bound method remembering its instance; it can be stored and called later.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
f(); f(5)
print(c.n)
calls = [Counter().inc, c.inc]
print([g() for g in calls])
print(f.__name__, c.inc.__name__)
unbound = Counter.inc
print(unbound(c, 100))
