# __del__ methods that mutate the container being cleared or filled: the list, dict and set stay consistent
log = []
class AppendOnDel:
    def __init__(self, target, tag): self.target, self.tag = target, tag
    def __del__(self):
        self.target.append(self.tag)
        log.append("del " + str(self.tag))

# clearing a list whose items' __del__ append to that same list
l = []
l.extend(AppendOnDel(l, i) for i in range(3))
l.clear()
print(sorted(log), len(l), sorted(l))

# replacing a dict value whose __del__ inserts many keys (forcing a resize)
class Grow:
    def __init__(self, d): self.d = d
    def __del__(self):
        for i in range(100):
            self.d["k%d" % i] = i
d = {"x": None}
d["x"] = Grow(d)
d["x"] = 1
print(len(d), d["x"], d["k99"])

# deleting a dict key whose value's __del__ deletes other keys
class Remover:
    def __init__(self, d, keys): self.d, self.keys = d, keys
    def __del__(self):
        for k in self.keys:
            self.d.pop(k, None)
d = {i: i for i in range(20)}
d["r"] = Remover(d, list(range(10)))
del d["r"]
print(sorted(d))

# list item assignment and slice deletion with finalizers that mutate the list
l = [0, 1, 2, 3]
l[1] = AppendOnDel(l, "assigned")
l[1] = "replaced"
print(l)
class Shrink:
    def __init__(self, target): self.target = target
    def __del__(self): self.target.clear()
l = list(range(5))
l.append(Shrink(l))
del l[-1]
print(l)
s = set()
class SetAdder:
    def __init__(self, s): self.s = s
    def __del__(self):
        for i in range(50): self.s.add(i)
s.add(SetAdder(s))
s.pop()
print(len(s))
