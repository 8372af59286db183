# match: a sequence pattern takes len() first, then iterates, or indexes the ends around `*_`
class Loud(list):
    def __len__(self):
        print("len")
        return list.__len__(self)
    def __iter__(self):
        print("iter")
        return list.__iter__(self)
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)
match Loud([1, 2, 3]):
    case [a, b]:
        print("two", a, b)
    case [a, *rest]:
        print("star", a, rest)
match Loud([1, 2, 3, 4]):
    case [first, *_, before, last]:
        print("ends", first, before, last)
match range(10**12):
    case [0, 1]:
        print("no")
    case [0, *_, last]:
        print("huge range, last", last)
