# except* inside generators and coroutines, with groups crossing frames and the handled exception restored
import sys

def worker(n):
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)

def gather(ns):
    errors = []
    for n in ns:
        try:
            worker(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("gathered", errors)

def gen():
    try:
        gather(range(4))
    except* ValueError as e:
        yield [str(x) for x in e.exceptions]
        print("exc_info in handler after resume:", repr(sys.exc_info()[1]))
    except* TypeError as e:
        yield [str(x) for x in e.exceptions]
    yield "end"

for item in gen():
    print(item)
print("after:", sys.exc_info())

async def coro():
    try:
        gather([1, 3])
    except* ValueError as e:
        count = len(e.exceptions)
    return count

c = coro()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine returned", s.value)

def handled_with_else():
    try:
        gather([])
    except* Exception:
        print("no")
    else:
        return "else ran"
print(handled_with_else())
