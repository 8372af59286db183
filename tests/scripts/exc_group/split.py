# BaseExceptionGroup.split/subgroup/derive: matching by type, tuple and predicate, nesting, metadata copied to parts
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]

inner = ExceptionGroup("inner", [KeyError(3), ValueError(4)])
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), inner])

for cond in [ValueError, (KeyError, TypeError), ExceptionGroup, BaseExceptionGroup, OSError,
             lambda e: isinstance(e, KeyError), lambda e: e is inner, lambda e: True, lambda e: False]:
    m, r = eg.split(cond)
    print(repr(m), '|', repr(r))
    print('  subgroup:', repr(eg.subgroup(cond)))

print(eg.split(ExceptionGroup)[0] is eg, eg.subgroup(lambda e: True) is eg)
m, r = eg.split(ValueError)
print(m.exceptions[0] is eg.exceptions[0], m.exceptions[1].exceptions[0] is inner.exceptions[1])

for bad in [5, int, (ValueError, 3), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
for args in [(), (ValueError, 2)]:
    for name in ["split", "subgroup"]:
        try:
            getattr(eg, name)(*args)
        except TypeError as e:
            print(name, len(args), "->", e)

# Parts carry the group's cause, context and a copy of its notes.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as g:
    g.add_note("a note")
    m, r = g.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__suppress_context__, m.__notes__, m.__notes__ is g.__notes__)
    print(repr(r.__cause__), repr(r.__context__), r.__notes__)

# derive makes a plain group of the same message; a derive that returns no group is an error.
print(repr(eg.derive([KeyboardInterrupt()])), repr(eg.derive((ValueError(9),))))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(e)

# A predicate sees groups and leaves, outer first.
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)
print(leaves(eg))
