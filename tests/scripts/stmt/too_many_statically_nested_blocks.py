# CPython 3.11's compiler allows 20 nested blocks in one code unit (CO_MAXBLOCKS):
# for, while, try (its body; except handlers count two, a finally body is compiled a
# second time one deeper), with (each item) and async comprehension clauses count; if,
# match, else clauses and def/class/lambda/comprehension bodies (new units) do not. The
# error is placed on the statement (a handler, a comprehension) whose block is one too
# many, and found in the compiler's order: a return keeping a value compiles enclosing
# finally bodies again where it is, a `for` opens its block before its iterable.
def chk(label, src):
    try:
        compile(src, "f.py", "exec")
        print(label, "ok")
    except SyntaxError as e:
        lines = src.split("\n")
        print(label, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(lines[e.lineno-1].strip()) if e.lineno else None)
def fors(n, inner):
    lines = ["    "*i + f"for x{i} in y:" for i in range(n)]
    ind = "    "*n
    lines += [ind + l for l in inner.split("\n")]
    return "\n".join(lines) + "\n"
chk("19 for + try/except", fors(19, "try:\n    a=1\n    b=2\nexcept E:\n    c=3\n    d=4"))
chk("18 for + try/except", fors(18, "try:\n    a=1\n    b=2\nexcept E:\n    c=3\n    d=4"))
chk("18 for + try/except+for in handler", fors(18, "try:\n    a=1\n    b=2\nexcept E:\n    c=3\n    for q in r:\n        d=4"))
chk("19 for + try/except named", fors(19, "try:\n    a=1\n    b=2\nexcept E as e:\n    c=3\n    d=4"))
chk("19 for + try/except/else", fors(19, "try:\n    a=1\nexcept E:\n    pass\nelse:\n    for z in w:\n        pass"))
chk("19 for + try/finally", fors(19, "try:\n    a=1\nfinally:\n    b=2\n    for z in w:\n        pass"))
chk("18 for + try/except/finally handler", fors(18, "try:\n    a=1\nexcept E:\n    pass\nfinally:\n    b=2"))
chk("17 for + try/except/finally handler", fors(17, "try:\n    a=1\nexcept E:\n    pass\nfinally:\n    b=2"))
chk("18 for + try/except/else/finally, for in else", fors(18, "try:\n    a=1\nexcept E:\n    pass\nelse:\n    for z in w:\n        pass\nfinally:\n    b=2"))
chk("19 for + for-else with for in else", fors(19, "for a in b:\n    pass\nelse:\n    for z in w:\n        pass"))
chk("19 for + while-else", fors(19, "while a:\n    pass\nelse:\n    for z in w:\n        pass"))
chk("20 for + if", fors(20, "if a:\n    pass\nelif b:\n    pass"))
chk("20 for + match", fors(20, "match a:\n    case 1:\n        pass"))
chk("19 for + match+for", fors(19, "match a:\n    case 1:\n        for z in w: pass"))
chk("20 for + def for", fors(20, "def f():\n    for z in w: pass"))
chk("20 for + class", fors(20, "class C:\n    for z in w: pass"))
chk("20 for + lambda/listcomp", fors(20, "x = [a for a in b for c in d]"))
chk("20 for + async def", fors(20, "async def f():\n    async for a in b: pass"))
chk("19 for + async def 2", fors(19, "async def f():\n" + "".join("    "*(i+1)+"async for a in b:\n" for i in range(21)) + "    "*22 + "pass"))
chk("async with 21", "async def f():\n" + "".join("    "*(i+1)+"async with a:\n" for i in range(21)) + "    "*22 + "pass")
chk("async comp 21", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(21)) + "]\n")
chk("async comp 20", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(20)) + "]\n")
chk("async comp mixed 21", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" if i%2 else f"for a{i} in b" for i in range(21)) + "]\n")
chk("async comp mixed 30", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" if i%2 else f"for a{i} in b" for i in range(40)) + "]\n")
chk("async genexp 21", "async def f():\n    return (x " + " ".join(f"async for a{i} in b" for i in range(21)) + ")\n")
chk("19 for + try/except*", fors(19, "try:\n    a=1\nexcept* E:\n    c=3"))
chk("18 for + try/except*", fors(18, "try:\n    a=1\nexcept* E:\n    for z in w: pass"))
chk("18 for + try/except* named", fors(18, "try:\n    a=1\nexcept* E as e:\n    for z in w: pass"))
chk("17 for + try/except* named", fors(17, "try:\n    a=1\nexcept* E as e:\n    for z in w: pass"))
chk("20 for + with 1", fors(20, "with a:\n    pass"))
chk("19 for + with 2", fors(19, "with a as b, c as d:\n    pass"))
chk("19 for + with 2 paren", fors(19, "with (a as b,\n      c as d):\n    pass"))
chk("19 for + try/finally, return in body", "def f():\n" + "\n".join("    "*(i+1) + f"for x{i} in y:" for i in range(18)) + "\n" + "\n".join("    "*19 + l for l in "try:\n    return g()\n    for a in b:\n        for c in d:\n            pass\nfinally:\n    for z in w:\n        pass".split("\n")) + "\n")

chk("if 0 + 21 for", "if 0:\n" + fors(21, "pass").replace("\n", "\n    ").replace("for x0", "    for x0", 1))
chk("while 0 + 20 for", "while 0:\n" + "\n".join("    " + l for l in fors(20, "pass").split("\n")))
chk("while 0 + 19 for", "while 0:\n" + "\n".join("    " + l for l in fors(19, "pass").split("\n")))
chk("while 1 + 19 for", "while 1:\n" + "\n".join("    " + l for l in fors(19, "pass").split("\n")))
chk("if False + 21", "if False:\n" + "\n".join("    " + l for l in fors(21, "pass").split("\n")))
# return unwinding order: finally has two nested fors, try body deeper later
src = "def f():\n" + "\n".join("    "*(i+1) + f"for x{i} in y:" for i in range(18)) + "\n" + "\n".join("    "*19 + l for l in "try:\n    return g()\n    for a in b:\n        for c in d:\n            pass\nfinally:\n    for z in w:\n        for z2 in w:\n            pass".split("\n")) + "\n"
chk("return unwind order", src)
src2 = src.replace("return g()", "return 1")
chk("return const unwind order", src2)
src3 = "\n".join("    "*(i) + f"for x{i} in y:" for i in range(18)) + "\n" + "\n".join("    "*18 + l for l in "try:\n    break\n    for a in b:\n        for c in d:\n            pass\nfinally:\n    for z in w:\n        for z2 in w:\n            pass".split("\n")) + "\n"
chk("break unwind order", src3)
# finally double visit order: finally body has A (fails only at +1) then B (fails at +0)
src4 = "\n".join("    "*(i) + f"for x{i} in y:" for i in range(18)) + "\n" + "\n".join("    "*18 + l for l in "try:\n    pass\nfinally:\n    for a in b:\n        pass\n    for c in d:\n        for e in f:\n            for g in h:\n                pass".split("\n")) + "\n"
chk("finally double visit order", src4)
src5 = "\n".join("    "*(i) + f"for x{i} in y:" for i in range(18)) + "\n" + "\n".join("    "*18 + l for l in "try:\n    pass\nfinally:\n    for a in b:\n        for c in d:\n            pass\n    for c in d:\n        for e in f:\n            for g in h:\n                pass".split("\n")) + "\n"
chk("finally double visit order2", src5)

chk("20 for + for bad iter", fors(20, "for x in f((yield)):\n    pass"))
chk("20 for + async-less for? while bad test", fors(20, "while f((yield)):\n    pass"))
chk("20 for + with bad ctx", fors(20, "with f((yield)):\n    pass"))
chk("20 for + with bad target", fors(20, "with f() as __debug__:\n    pass"))
chk("19 for + with 2 bad second ctx", fors(19, "with a, f((yield)):\n    pass"))
chk("20 for + try: bad in body", fors(20, "try:\n    f((yield))\nexcept E:\n    pass"))
chk("except* break", "try:\n    pass\nexcept* E:\n    break\n")
chk("except* continue in loop outside", "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n")

chk("19 for + handler bad type", fors(19, "try:\n    pass\nexcept f((yield)):\n    pass"))
chk("try orelse vs handler order", "try:\n    pass\nexcept f((yield)):\n    pass\nelse:\n    g((yield))\n")
chk("try* orelse vs handler order", "try:\n    pass\nexcept* f((yield)):\n    pass\nelse:\n    g((yield))\n")
chk("default except must be last vs body", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    g((yield))\n")
chk("default except must be last vs earlier handler", "try:\n    pass\nexcept E:\n    g((yield))\nexcept:\n    pass\nexcept E:\n    pass\n")
chk("async comp location", "async def f():\n    return [x async for a0 in b if c " + " ".join(f"async for a{i} in b if (c := 1)" for i in range(1, 21)) + "]\n")
chk("comp async first sync rest", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(20)) + " for z in w]\n")

chk("comp 21 async bad target", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(20)) + " async for __debug__ in g]\n")



chk("async for bad iter", "async def f():\n" + "\n".join("    "*(i+1) + f"for x{i} in y:" for i in range(20)) + "\n" + "    "*21 + "async for x in g((yield from q)):\n" + "    "*22 + "pass\n")
chk("comp 21 async bad iter", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(20)) + " async for z in g((yield from q))]\n")
chk("comp 21 async bad target", "async def f():\n    return [x " + " ".join(f"async for a{i} in b" for i in range(20)) + " async for z.__debug__ in q]\n")
chk("async with 21 bad ctx", "async def f():\n" + "\n".join("    "*(i+1) + f"for x{i} in y:" for i in range(20)) + "\n" + "    "*21 + "async with g((yield from q)):\n" + "    "*22 + "pass\n")
chk("return in except*", "def f():\n    try:\n        pass\n    except* E:\n        return 1+2\n")
chk("return value error in except*", "def f():\n    try:\n        pass\n    except* E:\n        return (await x)\n")
chk("break in finally unwinding", "for x in y:\n    try:\n        break\n    finally:\n        for a in b:\n            pass\n")
chk("continue in finally no loop", "try:\n    continue\nfinally:\n    (yield)\n")

def handler_nest(n, named=False):
    lines = []
    for i in range(n):
        ind = "    " * (2 * i)
        lines += [ind + "try:", ind + "    pass", ind + ("except E as e:" if named else "except E:")]
    lines.append("    " * (2 * n) + "pass")
    return "\n".join(lines) + "\n"

def finally_nest(n):
    lines = []
    for i in range(n):
        ind = "    " * (2 * i)
        lines += [ind + "try:", ind + "    pass", ind + "finally:"]
    lines.append("    " * (2 * n) + "pass")
    return "\n".join(lines) + "\n"

for n in (10, 11):
    chk(f"handlers {n}", handler_nest(n))
    chk(f"named handlers {n}", handler_nest(n, True))
for n in (20, 21, 30):
    chk(f"finally bodies {n}", finally_nest(n))
chk("with 21 items", "with " + ", ".join(f"a{i}" for i in range(21)) + ":\n    pass\n")
chk("with 20 items", "with " + ", ".join(f"a{i}" for i in range(20)) + ":\n    pass\n")
chk("with 21 parenthesized items", "with (" + ",\n ".join(f"a{i}" for i in range(21)) + "):\n    pass\n")
chk("while 21", "".join("    " * i + "while x:\n" for i in range(21)) + "    " * 21 + "pass\n")
chk("try 21", "".join("    " * i + "try:\n" for i in range(21)) + "    " * 21 + "pass\n" + "".join("    " * i + "finally: pass\n" for i in reversed(range(21))))
chk("try 20", "".join("    " * i + "try:\n" for i in range(20)) + "    " * 20 + "pass\n" + "".join("    " * i + "finally: pass\n" for i in reversed(range(20))))
try:
    exec(fors(21, "pass"))
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
