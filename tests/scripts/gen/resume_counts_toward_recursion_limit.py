# Generator resumes count toward the recursion limit as CPython counts frames.
def g(n):
    yield from g(n + 1)

def drive(gen):
    for x in gen:
        pass

try:
    drive(g(0))
except RecursionError as e:
    print("RecursionError:", e)

reached = 0
def h(n):
    global reached
    reached = n
    yield n
    yield from h(n + 1)

try:
    drive(h(0))
except RecursionError:
    print("yield from reached", reached)

def k(n):
    global reached
    reached = n
    for x in k(n + 1):
        yield x
    yield n

try:
    drive(k(0))
except RecursionError:
    print("for loop reached", reached)

def body():
    yield recurse(0)

def recurse(n):
    global reached
    reached = n
    return recurse(n + 1)

try:
    drive(body())
except RecursionError:
    print("inside a body reached", reached)

# a resume that would pass the limit ends the generator, which is then exhausted
def forever():
    i = 0
    while True:
        yield i
        i += 1

gen = forever()
next(gen)

def deep(n):
    if n == 0:
        for x in gen:
            return x
    return deep(n - 1)

for n in range(993, 1000):
    try:
        print(n, "ok", deep(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
print(next(gen, "exhausted"))

# after all that, generators work as usual
print(list(h.__name__ for _ in range(2)), sum(x for x in range(10)))
