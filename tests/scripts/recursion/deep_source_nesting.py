# Deeply nested source gives CPython's SyntaxError / IndentationError / RecursionError, never a crash.


def attempt(label, src):
    try:
        exec(src, {"f": abs, "a": 1})
        print(label, "ok")
    except TypeError as e:
        print(label, "ran:", e)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)


def indented(header, n, body):
    return "".join(" " * i + header + "\n" for i in range(n)) + " " * n + body + "\n"


for n in [199, 200, 100000]:
    attempt(f"parentheses {n}", "x = " + "(" * n + "1" + ")" * n)
    attempt(f"brackets {n}", "x = " + "[" * n + "1" + "]" * n)
    attempt(f"braces {n}", "x = " + "{" * n + "1" + "}" * n)
for n in [99, 100, 101]:
    attempt(f"ifs {n}", indented("if 1:", n, "pass"))
    attempt(f"defs {n}", indented("def g():", n, "pass"))
    attempt(f"classes {n}", indented("class C:", n, "pass"))
for n in [1000, 3000, 100000]:
    attempt(f"sum {n}", "x = " + "+".join(["1"] * n))
    attempt(f"calls {n}", "x = f" + "(1)" * n)
    attempt(f"attributes {n}", "x = a" + ".real" * n)
    attempt(f"subscripts {n}", "x = [1]" + "[0]" * n)
    attempt(f"and {n}", "x = " + "a and " * n + "1")
for n in [1000, 3000]:
    attempt(f"minus {n}", "x = " + "-" * n + "1")
    attempt(f"not {n}", "x = " + "not " * n + "1")
    attempt(f"conditional {n}", "x = " + "1 if 1 else " * n + "1")


# Past CPython's parser stack (MemoryError there) hotpy's compiler stops first (RecursionError).
def clean_error(src):
    try:
        exec(src, {"a": 1})
        return "ok"
    except (RecursionError, MemoryError):
        return "error"


print(clean_error("x = " + "-" * 100000 + "1"))
print(clean_error("x = " + "not " * 100000 + "1"))
print(clean_error("x = " + "lambda: " * 100000 + "1"))
print(clean_error("x = " + "a ** " * 100000 + "1"))
print(clean_error("x = " + "1 if 1 else " * 100000 + "1"))
