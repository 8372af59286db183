# Suspended generators whose stacks were moved out: close(), throw(), finally, deletion.
import sys
sys.setrecursionlimit(5000)
log = []

def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

def guarded(k):
    try:
        try:
            x = yield k
            log.append(("sent", k, x))
            yield k + 1
        finally:
            # deep recursion on a stack that was moved out and back
            log.append(("finally", k) if k % 10 else ("finally", k, depth(2500)))
    except GeneratorExit:
        log.append(("exit", k))
        raise
    except ValueError as e:
        log.append(("handled", k, str(e)))
        yield "after " + str(e)

gens = [guarded(k) for k in range(120)]
for g in gens:
    next(g)
for g in gens[::-3]:
    g.close()
for k in range(1, 120, 7):
    try:
        print(gens[k].throw(ValueError("boom %d" % k)))
    except StopIteration:
        print("stopped", k)
    except ValueError as e:
        print("closed one re-raised", e)
for k in range(2, 120, 5):
    try:
        gens[k].send("hello")
    except StopIteration:
        pass
print(len(log))
del g
del gens  # the rest are closed as they are freed
for entry in sorted(log, key=repr)[:12]:
    print(entry)
print(len(log), len([e for e in log if e[0] == "finally"]), len([e for e in log if e[0] == "exit"]))

# a generator that ignores GeneratorExit
def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            log.append("ignored")

s = stubborn()
next(s)
others = [guarded(k) for k in range(1000, 1040)]
for g in others:
    next(g)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s))
s.close()

# finally blocks run when a suspended generator is dropped from inside another generator
def owner():
    inner = guarded(5000)
    yield next(inner)
    fillers = [guarded(k) for k in range(6000, 6010)]
    for g in fillers:
        next(g)
    yield "dropping"
    del inner
    yield "dropped"

log.clear()
print(list(owner()), sorted(log))

# exceptions raised inside evicted generators, caught by their resumers
def raiser(k):
    yield k
    if k % 2:
        raise KeyError(k)
    yield -k

def catcher(gs):
    for g in gs:
        try:
            yield next(g)
        except KeyError as e:
            yield "KeyError %s" % e
        except StopIteration:
            yield "stop"

rs = [raiser(k) for k in range(30)]
for r in rs:
    next(r)
print(list(catcher(rs))[:6])
