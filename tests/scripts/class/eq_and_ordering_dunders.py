# __eq__ and __lt__ drive ==, !=, <, > (reflected), and sorting; __eq__ alone makes != work.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b)
print(a < b, b < a, b > a, a > b)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max([a, b, Version(0, 1)]), min([a, b, Version(0, 1)]))
print(a in [b, c], [a] == [c])
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
