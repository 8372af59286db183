# __len__, __getitem__, __setitem__, __contains__ make a container; __getitem__ alone makes it iterable.
class Squares:
    def __init__(self, n):
        self.n = n
        self.overrides = {}
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError("out of range")
        return self.overrides.get(i, i * i)
    def __setitem__(self, i, v):
        self.overrides[i] = v
    def __contains__(self, v):
        return v in [self[i] for i in range(self.n)]
s = Squares(5)
print(len(s), s[3], 16 in s, 15 in s)
s[3] = "three"
print(s[3], "three" in s)
print(list(s))
print(bool(Squares(0)), bool(Squares(1)))
