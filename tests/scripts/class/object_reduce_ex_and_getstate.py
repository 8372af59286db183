# object.__reduce_ex__/__reduce__/__getstate__: what copy and pickle use when a class says nothing
import copyreg
class P:
    def __init__(self, x): self.x = x
p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3], r[4])
print(p.__getstate__(), P.__new__(P).__getstate__())
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 1
print(s.__getstate__(), s.__reduce_ex__(4)[2])
class L(list): pass
l = L([1, 2]); l.tag = 't'
r = l.__reduce_ex__(2)
print(r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(3)
print(r[2], r[3], list(r[4]))
class N:
    def __getnewargs__(self): return (1, 2)
    def __getstate__(self): return 'state'
r = N().__reduce_ex__(2)
print(r[1][1:], r[2])
class K:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
r = K().__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2) == (R, ()))
r = P(5).__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1], r[2])
fn, args, state = p.__reduce_ex__(2)[:3]; q = fn(*args); q.__dict__.update(state)
print(q.x, q is p, type(q) is P)
try:
    open(__file__).__reduce_ex__(2)
except TypeError as e:
    print(e)
