# A class with __iter__ returning an object with __next__ works in for, list(), sum(), in.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(5)), sum(Countdown(4)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
