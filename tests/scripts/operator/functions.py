# operator: every function, the dunder aliases, and the argument errors as CPython's
import operator
import _operator

def err(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, type(e).__name__, e)

o = operator
print(o.add(1, 2), o.sub(5, 3), o.mul(2, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 4), o.rshift(32, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3), o.neg(5), o.pos(-5), o.inv(5), o.invert(0))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1), o.ne(1, 1), o.gt(1, 2), o.ge(3, 2), o.lt("a", "b"))
print(o.not_(0), o.truth([]), o.truth([0]), o.is_(None, None), o.is_not(1, None), o.abs(-3), o.abs(-2.5))
print(o.index(7), o.index(True), o.concat([1], [2]), o.concat("a", "b"), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.indexOf("abc", "c"))
L = [1, 2, 3]
o.setitem(L, 0, 9); o.delitem(L, 1); print(L, o.getitem(L, 1), o.getitem({"a": 1}, "a"), o.getitem("abc", slice(1, None)))
print(o.length_hint([1, 2]), o.length_hint(iter(range(5))), o.length_hint(3, 7), o.length_hint(iter([])))
print(o.call(max, 1, 5, 2), o.call(sorted, [3, 1], reverse=True))
class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(o.matmul(M(), 1), o.imatmul(M(), 1))
x = [1]; y = o.iadd(x, [2]); print(x, y is x, o.iconcat([0], (1,)))
print(o.isub(5, 2), o.imul(3, 3), o.itruediv(1, 4), o.ifloordiv(9, 2), o.imod(9, 4), o.ipow(3, 3))
print(o.ilshift(1, 3), o.irshift(8, 1), o.iand(7, 2), o.ior(4, 1), o.ixor(5, 1))
print(o.__add__ is o.add, o.__not__ is o.not_, o.__inv__(1), o.__invert__(1), o.__and__(3, 1), o.__iadd__(1, 1), o.__index__(3))
print(o.add, o.__add__, o.add.__name__)
print(_operator.add(2, 2), _operator.itemgetter is o.itemgetter)
class Hint:
    def __length_hint__(self):
        return 4
class BadHint:
    def __length_hint__(self):
        return "x"
class NegHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
print(o.length_hint(Hint()), o.length_hint(NIHint(), 2))
err("bad hint", lambda: o.length_hint(BadHint()))
err("neg hint", lambda: o.length_hint(NegHint()))
err("hint default", lambda: o.length_hint([], "x"))
err("index float", lambda: o.index(1.5))
err("concat int", lambda: o.concat(1, 2))
err("concat mix", lambda: o.concat([1], (2,)))
err("countOf int", lambda: o.countOf(1, 2))
err("indexOf missing", lambda: o.indexOf([1], 2))
err("add 1 arg", lambda: o.add(1))
err("not_ none", lambda: o.not_())
err("truth kw", lambda: o.truth(x=1))
err("is_ 3", lambda: o.is_(1, 2, 3))
err("call none", lambda: o.call())
err("add types", lambda: o.add(1, "a"))
cd = _operator._compare_digest
print(cd(b"abc", b"abc"), cd("ab", "ac"), cd(b"a", b"ab"), hasattr(o, "_compare_digest"))
err("digest mix", lambda: cd("a", b"a"))
print(_operator.__name__, o.__name__)
