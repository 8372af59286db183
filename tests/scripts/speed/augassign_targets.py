# `obj.attr op= x` and `obj[key] op= x` with the container and key read from their
# slots: locals, constants, slices, cells, and containers, keys and values that come
# from calls (evaluated once each, in CPython's order), with __iadd__ and errors.
log = []

def note(tag, value):
    log.append(tag)
    return value

class Counter:
    def __init__(self):
        self.n = 0
        self.items = [1.5, 2.5, 3]
        self.d = {"k": 1}

c = Counter()
c.n += 1
c.n -= 10
c.items[0] += 1.0
c.items[-1] *= 4
c.d["k"] += 5
i = 1
c.items[i] -= 0.5
print(c.n, c.items, c.d)

v = [0.0, 1.0, 2.0]
v[0] -= 2.5 * 2
v[2] += v[1]
v[1:3] += [7]
print(v)

note("start", None)
note("obj", c).n += note("rhs", 2)
note("seq", v)[note("key", 0)] += note("rhs", 1.0)
print(log, c.n, v)

def outer():
    box = Counter()
    seq = [1, 2]
    def inner():
        box.n += 3
        seq[0] += 10
        return box.n, seq
    return inner()
print(outer())

class Acc:
    def __init__(self):
        self.parts = []
    def __iadd__(self, other):
        self.parts.append(other)
        return self
holder = Counter()
holder.n = Acc()
holder.n += "a"
holder.items[0] = Acc()
holder.items[0] += "b"
print(holder.n.parts, holder.items[0].parts)

for bad in ("attr", "index", "key", "type"):
    try:
        if bad == "attr":
            c.missing += 1
        elif bad == "index":
            v[10] += 1
        elif bad == "key":
            c.d["nope"] += 1
        else:
            c.n += "s"
    except (AttributeError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(c.n, v, c.d)
