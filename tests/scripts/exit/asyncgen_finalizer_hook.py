# sys.set_asyncgen_hooks(finalizer=...) gets an async generator that took a step and is dropped unfinished (its count reaching zero, or found in a cycle), instead of it being closed; the hook set at its first step is the one used
import gc
import sys

gc.disable()
pending = []
names = {}  # id of each generator -> its name (an async generator's __name__ is its function's)

def name_of(agen):
    return names[id(agen)]

def start(name):
    agen = ticker(name)
    names[id(agen)] = name
    return agen

def finalizer(agen):
    print("finalizer got", name_of(agen), "| running:", agen.ag_running)
    pending.append(agen)  # an event loop keeps it to run aclose() later

def other_finalizer(agen):
    print("other finalizer got", name_of(agen))
    pending.append(agen)

async def ticker(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("finally of", name)

def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value

def close(agen):
    try:
        agen.aclose().send(None)
    except StopIteration:
        print("closed", name_of(agen))

sys.set_asyncgen_hooks(finalizer=finalizer)

g = start("dropped")
print(step(g.__anext__()))
sys.set_asyncgen_hooks(finalizer=other_finalizer)
del g  # finalizer (the first hook), and no finally yet
print("pending:", [name_of(a) for a in pending])
close(pending.pop())

g = start("in a cycle")
print(step(g.__anext__()))
holder = [g]
holder.append(holder)
del g, holder
print("collecting")
gc.collect()
close(pending.pop())

g = start("finished")
print(step(g.__anext__()), step(g.__anext__()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
del g  # finished: nothing to finalize

g = start("never started")
del g  # no step, no hook

def failing_finalizer(agen):
    raise ValueError("finalizer failed")

sys.set_asyncgen_hooks(finalizer=failing_finalizer)
async def no_finally():
    yield "failing 1"
    yield "failing 2"

g = no_finally()
names[id(g)] = "failing"
print(step(g.__anext__()))
sys.unraisablehook = lambda args: print("unraisable:", repr(args.exc_value), "| object:", name_of(args.object))
del g  # the error is reported as unraisable, then the generator is dropped
sys.set_asyncgen_hooks(finalizer=None)
print("end of script")
