# __repr__ serves repr() and containers; __str__ serves str() and print, else falls back to __repr__.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "both as str"
print(OnlyRepr(), str(OnlyRepr()), repr(OnlyRepr()))
print(Both(), str(Both()), repr(Both()))
print([Both(), OnlyRepr()], {"k": Both()})
print(f"{Both()} {Both()!r}", "%s %r" % (Both(), Both()))
