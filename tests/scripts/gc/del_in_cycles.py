# __del__ and generators in garbage cycles: finalizers run once when gc finds the cycle, resurrection keeps objects alive, errors are reported and swallowed
import gc
import sys

class Capture:
    def __init__(self): self.text = ""
    def write(self, s): self.text += s
    def flush(self): pass

def collect_quietly():
    saved, sys.stderr = sys.stderr, Capture()
    try:
        n = gc.collect()
    finally:
        out, sys.stderr = sys.stderr.text, saved
    while " at 0x" in out:
        start = out.index(" at 0x")
        end = start + 6
        while end < len(out) and out[end] in "0123456789abcdef":
            end += 1
        out = out[:start] + " at ADDR" + out[end:]
    return n, out

gc.disable()
log = []

class Node:
    def __init__(self, name): self.name = name
    def __del__(self): log.append("del " + self.name)

a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("before collect:", log)
n, err = collect_quietly()
print("found something:", n > 0, sorted(log), repr(err))

# A finalizer that resurrects its object: it survives, and __del__ never runs twice.
keep = []
class Phoenix:
    def __del__(self):
        log.append("phoenix del")
        keep.append(self)
log.clear()
p = Phoenix(); p.me = p
del p
collect_quietly()
print(log, len(keep), keep[0].me is keep[0])
keep.clear()
collect_quietly()
print("after second collect:", log)

# An exception in __del__ is printed and swallowed.
class Bad:
    def __del__(self): raise ValueError("from del")
x = Bad(); x.me = x
del x
n, err = collect_quietly()
print(err.splitlines()[0], "|", err.splitlines()[-1])

# A suspended generator in a cycle is closed: its finally block runs.
class Owner:
    def __init__(self):
        self.gen = self.run()
        next(self.gen)
    def run(self):
        try:
            yield 1
            yield 2
        finally:
            log.append("generator finally")
log.clear()
o = Owner()
del o
collect_quietly()
print(log)

# Objects reachable from outside are never collected.
log.clear()
c, d = Node("c"), Node("d")
c.other, d.other = d, c
holder = [c]
del c, d
collect_quietly()
print("reachable kept:", log, holder[0].other.name)
holder.clear()
collect_quietly()
print(sorted(log))
