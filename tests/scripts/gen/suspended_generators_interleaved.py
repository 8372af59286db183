# Many suspended generators sharing a few C stacks: zip, shuffled resumes, nested drivers.
def counter(name, n):
    total = 0
    for i in range(n):
        total += i
        yield (name, i, total)
    return total

# zip of two (and five) generators
print(list(zip(counter("a", 3), counter("b", 4))))
print([[t[2] for t in row] for row in zip(*[counter(k, 6) for k in "vwxyz"])])

# a deterministic shuffle without the random module
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

def shuffled(items, rnd):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):
        j = next(rnd) % (i + 1)
        items[i], items[j] = items[j], items[i]
    return items

rnd = lcg(7)
gens = [counter(i, 5) for i in range(300)]
results = {i: [] for i in range(300)}
order = []
for round_ in range(6):
    for i in shuffled(range(300), rnd):
        try:
            results[i].append(gens[i].send(None)[2])
        except StopIteration as e:
            results[i].append(("done", e.value))
print(all(results[i] == [0, 1, 3, 6, 10, ("done", 10)] for i in range(300)))

# deeper bodies: values held in C++ frames of nested calls survive eviction
def nested_body(k):
    def helper(a, b, c):
        return [a, b, c, (yield a + b + c)]
    x = yield from helper(k, k * 2, k * 3)
    y = yield sum(x[:3])
    return (x, y)

gens = [nested_body(k) for k in range(200)]
firsts = [next(g) for g in gens]
seconds = [g.send(("sent", k)) for k, g in enumerate(gens)]
finals = []
for k, g in reversed(list(enumerate(gens))):
    try:
        g.send(k * 10)
    except StopIteration as e:
        finals.append(e.value)
print(firsts[:5], seconds[:5], finals[-3:])

# a generator that resumes other suspended generators from inside its body
def driver(others):
    for rep in range(3):
        got = []
        for g in others:
            got.append(next(g))
        yield got

others = [counter(i, 10) for i in range(50)]
for g in others[::2]:
    next(g)
for got in driver(others):
    print([t[1] for t in got][:12])

# a pipeline deeper than the pool of stacks
def add_one(it):
    for x in it:
        yield x + 1

pipe = range(5)
for _ in range(100):
    pipe = add_one(pipe)
print(list(pipe))

# recursive generators: a tree walk with yield from
def tree(depth):
    return None if depth == 0 else (tree(depth - 1), depth, tree(depth - 1))

def walk(node):
    if node is None:
        return
    left, value, right = node
    yield from walk(left)
    yield value
    yield from walk(right)

vals = list(walk(tree(10)))
print(len(vals), sum(vals), vals[:8])

def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)
    yield n

print(list(chain(150))[:4], len(list(chain(150))))

# two walks interleaved by zip, each deep
print(sum(a * b for a, b in zip(walk(tree(8)), walk(tree(8)))))

# generator expressions held suspended in large numbers
gx = [(i * j for j in range(4)) for i in range(500)]
print(sum(next(g) + next(g) for g in gx), sum(sum(g) for g in gx))

# recursion deep inside generator bodies, between resumes of other generators
import sys
sys.setrecursionlimit(10000)

def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

def deep_gen(k):
    yield depth(3000 + k)
    yield depth(10 * k)
    yield sum(depth(2000) for _ in range(2))

gens = [deep_gen(k) for k in range(20)]
firsts = [next(g) for g in gens]
seconds = [next(g) for g in reversed(gens)]
thirds = [next(g) for g in gens[::3]]
print(firsts[:3], seconds[:3], thirds[:3])
