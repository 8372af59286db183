# gc.collect() returns how many unreachable objects it found in common cycles
import gc
gc.disable()  # only the explicit collections below (HOTPY_GC_STRESS too)

gc.collect()
print("nothing", gc.collect())

l = []
l.append(l)
del l
print("self-referencing list", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict", gc.collect())

def f():
    pass
f.me = f
del f
print("function and its __dict__", gc.collect())

l = [[], []]
l[0].append(l[1])
l[1].append(l[0])
del l[:]
print("two lists", gc.collect(0))

class A:
    pass
a = A()
b = A()
a.other = b
b.other = a
del a, b
print("two instances", gc.collect())

# CPython keeps a function's closure in a tuple and a class's bases and MRO in tuples;
# hotpy's counts for these shapes differ, so only check that the cycle was found.

class B:
    def method(self):
        pass
o = B()
o.bound = o.method
del o
print("instance holding its bound method", gc.collect(generation=1) > 0)

def outer():
    def inner():
        return inner
    return inner
g = outer()
del g
print("closure", gc.collect() > 0)

class C:
    def method(self):
        return __class__
del C
print("class with a method", gc.collect() > 0)
print("again", gc.collect())
