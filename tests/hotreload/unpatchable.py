# Where patching is impossible the name is rebound as plain reload does and listed in
# rep.changed but not rep.patched: a function whose free variables differ, a class whose
# bases, metaclass or __slots__ changed. A subclass of a class that cannot be patched
# is refused too (its bases would differ).
import hotreload
from hrtest import write, expect

write("odd", '''
    def outer():
        a = 1
        def inner():
            return a
        return inner
    closure = outer()
    class Meta(type): pass
    class Other(type): pass
    class Base: pass
    class Mixin: pass
    class WithMeta(metaclass=Meta): pass
    class Slotted:
        __slots__ = ("x",)
    class Child(Base): pass
    class Grand(Child): pass
    def plain(): return 1
''')
import odd
old = dict(odd.__dict__)
write("odd", '''
    def outer():
        a = 1
        b = 2
        def inner():
            return a + b
        return inner
    closure = outer()
    class Meta(type): pass
    class Other(type): pass
    class Base: pass
    class Mixin: pass
    class WithMeta(metaclass=Other): pass
    class Slotted:
        __slots__ = ("x", "y")
    class Child(Base, Mixin): pass
    class Grand(Child): pass
    def plain(): return 2
''')
rep = hotreload.reload(odd, patch=True)
for name in ["closure", "WithMeta", "Slotted", "Child", "Grand"]:
    assert name in rep.changed["odd"], name
    assert name not in rep.patched["odd"], name
    assert odd.__dict__[name] is not old[name], name
expect(odd.closure(), 3)
# outer itself has no free variables: it patches; so do plain and the unchanged classes.
expect(rep.patched["odd"], ["outer", "plain"])
assert odd.outer is old["outer"] and odd.plain is old["plain"]
assert odd.Base is old["Base"] and odd.Meta is old["Meta"]
expect(type(odd.WithMeta).__name__, "Other")
expect(odd.Slotted.__slots__, ("x", "y"))
expect(odd.Grand.__mro__[1] is odd.Child, True)
print("ok")
