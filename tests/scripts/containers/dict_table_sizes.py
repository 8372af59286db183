# dict: order, lookups, deletes, popitem, copy and clear stay right as tables grow past the sizes where their index switches to wider slots (128 and 32768 slots)
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 7  # collisions: long probes
    def __eq__(self, other): return isinstance(other, Key) and self.n == other.n
    def __repr__(self): return "Key(%d)" % self.n

for n in (0, 1, 5, 6, 85, 86, 170, 171, 21845, 21846, 43690, 43691, 70000):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    ok = all(d["k%d" % i] == i for i in range(n)) and "k%d" % n not in d
    for i in range(0, n, 3):
        del d["k%d" % i]
    keys = list(d)
    ok = ok and keys == ["k%d" % i for i in range(n) if i % 3]
    for i in range(0, n, 3):
        d["k%d" % i] = -i
    ok = ok and list(d)[-1:] == (["k%d" % ((n - 1) // 3 * 3)] if n else [])
    c = d.copy()
    ok = ok and c == d and list(c) == list(d)
    e = {}
    e.update(d)
    ok = ok and list(e) == list(d)
    last = c.popitem() if c else None
    print(n, len(d), len(c), ok, last, list(d)[:4], list(reversed(d))[:3])
    d.clear()
    d["x"] = 1
    print(d, len(c) == max(n - 1, 0))

d = {Key(i): i for i in range(300)}
print(all(d[Key(i)] == i for i in range(300)), Key(300) in d, list(d)[-2:])
for i in range(0, 300, 2):
    del d[Key(i)]
print(len(d), list(d)[:3], sum(d.values()))
while len(d) > 100:
    d.popitem()
print(len(d), list(d)[-2:], d.get(Key(199)), d.get(Key(201)))
