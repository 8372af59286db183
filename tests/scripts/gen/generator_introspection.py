# gi_running, gi_suspended, gi_frame (None once finished), gi_yieldfrom and gi_code of a generator.
def g():
    x = 1
    yield x
    yield x

i = g()
print(i.gi_running, i.gi_suspended, i.gi_frame is not None, i.gi_yieldfrom, i.gi_code.co_name)
print(i.gi_frame.f_lineno, i.gi_frame.f_code.co_name, i.gi_frame.f_locals)
next(i)
print(i.gi_suspended, i.gi_frame.f_lineno, i.gi_frame.f_locals)

def delegator():
    yield from i

d = delegator()
next(d)
print(d.gi_yieldfrom is i)
list(d)
print(i.gi_frame, d.gi_frame, d.gi_yieldfrom, i.gi_suspended)

def watches():
    print("running inside:", me.gi_running)
    yield

me = watches()
next(me)
print("running outside:", me.gi_running)
