# A class's __dict__ (and vars() of a class) is a read-only mappingproxy: the class
# namespace changes only through setattr/delattr, which every method lookup sees.
class Base:
    def greet(self):
        return "base"

class Child(Base):
    kind = "child"
    def greet(self):
        return "child"

ns = Child.__dict__
print(type(ns).__name__, type(vars(Child)).__name__, type(int.__dict__).__name__)
print("greet" in ns, "missing" in ns, ns["kind"], ns.get("missing"), ns.get("missing", 0))
print(sorted(k for k in ns if not k.startswith("__")), len(ns) == len(dict(ns)))
print(sorted(k for k in ns.keys() if k[0] != "_"), [v for k, v in ns.items() if k == "kind"])
print(ns == dict(ns), ns.copy()["kind"], type(ns.copy()).__name__)
print(repr(type("Empty", (), {"a": 1}).__dict__).startswith("mappingproxy({"))
for attempt in ("ns['kind'] = 1", "del ns['kind']", "ns.pop('kind')", "ns['nope']"):
    try:
        exec(attempt)
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)

c = Child()
print(c.greet(), c.greet())
Child.greet = lambda self: "replaced"
print(c.greet(), ns["greet"](c))
del Child.greet
print(c.greet())
Base.greet = lambda self: "new base"
print(c.greet(), Child.kind)
Child.kind = "changed"
print(ns["kind"], Child().kind)
