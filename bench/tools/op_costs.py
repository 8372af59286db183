#!/usr/bin/env python3
"""Instructions per operation, hotpy against CPython, counted by cachegrind.

Each operation runs alone in a loop inside a function, N and 2N times; the difference
of the two whole-process counts, divided by N, is its cost with start-up taken off,
and the cost of the empty loop (`pass`) is subtracted. Counts do not depend on the
machine's load, so this works where timings are too noisy to compare.

    bench/tools/op_costs.py [--hotpy build/hotpy] [--ref /usr/bin/python3] [op ...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# name: one statement of the loop body (names below are set up before the loop)
OPS = {
    "method_call": "o.get(i)",
    "method_no_args": "o.noop()",
    "function_call": "fn(i)",
    "default_arg_call": "fd(i)",
    "keyword_call": "fk(i, b=2)",
    "closure_call": "cl(i)",
    "nonlocal_add": "ct(i)",
    "super_call": "q.get(i)",
    "new_instance": "P(i, i)",
    "attr_load": "x = o.a",
    "attr_store": "o.a = i",
    "self_attr_add": "o.bump()",
    "property_load": "x = o.p",
    "isinstance": "isinstance(o, C)",
    "len": "len(lst)",
    "list_index": "x = lst[2]",
    "list_store": "lst[2] = i",
    "list_item_add": "fls[0] += fl",
    "list_append_pop": "lst.append(i); lst.pop()",
    "dict_get": 'x = d.get("k")',
    "dict_load": 'x = d["k"]',
    "dict_store": 'd["k"] = i',
    "tuple_make": "t = (i, i)",
    "unpack": "a, b = t2",
    "swap": "a, b = b, a",
    "float_mul": "x = fl * fl",
    "dunder_add": "x = v + v",
    "dunder_mul_number": "x = v * 2.0",
    "compare_is": "x = o is None",
    "global_load": "x = GLOBAL",
    "str_build": 's = "a" + str(i)',
    "for_list": "for x in lst: pass",
    "list_comp": "x = [y for y in lst]",
    "generator_next": "x = next(g)",
    "generator_loop": "for x in g5(): pass",
    "genexp_sum": "x = sum(y for y in lst)",
}

PRELUDE = """
import sys
class C:
    def __init__(self):
        self.a = 1
    def get(self, x):
        return self.a
    def noop(self):
        pass
    def bump(self):
        self.a += 1
    @property
    def p(self):
        return self.a
class D(C):
    def get(self, x):
        return super().get(x)
class V:
    def __add__(self, other):
        return self
    def __mul__(self, k):
        return self
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def fn(x):
    return x
def fd(a, b=1):
    return a
def fk(a, b=1):
    return a
def make_closure():
    k = 3
    def inner(x):
        return x + k
    return inner
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc
def forever():
    while True:
        yield 1
def g5():
    yield 1
    yield 2
    yield 3
    yield 4
    yield 5
GLOBAL = 5
def main(n):
    o = C(); q = D(); lst = [1, 2, 3, 4, 5]; t2 = (1, 2); a = 1; b = 2
    g = forever(); d = {"k": 1}; fl = 1.5; cl = make_closure(); ct = make_counter(); fls = [1.5, 2.5]; v = V()
    for i in range(n):
        BODY
main(int(sys.argv[1]))
"""


def instructions(command, path, n):
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          *command, path, str(n)], capture_output=True, text=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if not m:
        sys.exit("no count from valgrind for %s:\n%s" % (" ".join(command), out.stderr[-2000:]))
    return int(m.group(1).replace(",", ""))


def per_iteration(command, path, n):
    return (instructions(command, path, 2 * n) - instructions(command, path, n)) / n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hotpy", default="build/hotpy")
    ap.add_argument("--ref", default="/usr/bin/python3")
    ap.add_argument("-n", type=int, default=100000, help="iterations of the shorter run")
    ap.add_argument("ops", nargs="*", help="some of: " + " ".join(OPS))
    args = ap.parse_args()
    names = args.ops or list(OPS)
    for name in names:
        if name not in OPS:
            sys.exit("unknown operation %r" % name)
    interpreters = [[args.hotpy], [args.ref, "-B"]]
    with tempfile.TemporaryDirectory() as tmp:
        def program(body):
            path = os.path.join(tmp, "op_%d.py" % abs(hash(body)))
            with open(path, "w") as f:
                f.write(PRELUDE.replace("BODY", body))
            return path
        empty = program("pass")
        base = [per_iteration(c, empty, args.n) for c in interpreters]
        print("%-18s %-28s %7s %7s %6s" % ("operation", "statement", "hotpy", "CPython", "ratio"))
        for name in names:
            path = program(OPS[name])
            h, c = (per_iteration(cmd, path, args.n) - b for cmd, b in zip(interpreters, base))
            print("%-18s %-28s %7.0f %7.0f %6.2f" % (name, OPS[name], h, c, h / c if c else float("nan")), flush=True)


if __name__ == "__main__":
    main()
