# "':' expected after dictionary key" (CPython's invalid_kvpair): where the key ends, whatever follows it; and the displays that get other errors
sources = [
    "{a: 1, b for x in y}", "{a: 1, b}", "{a: 1, b, c: 2}", "{a:1, b for x in y, c:2}", "{a: 1, b c}",
    "{a: 1, b.c}", "{a:1, b: 2, c}", "{a: 1, 'x' if y else z}", "{1: 2, x:=3}", "{a: 1, (b for x in y)}",
    "{a: 1, b +}", "{a: 1, b +, c:1}", "{a: 1, b if c}", "{a: 1, lambda: 3}", "{a:1, b = 3}", "{a:1, b.c = 3}",
    "{a:1, not b c}", "{a:1, b for}", "{a:1, b[1] x}", "{a:1, b(1) x}", "{**a, b}", "{**a, b for x in y}",
    "{a:1, **b, c d}", "{a:1, f(x y)}", "{a:1, f(x, y z)}", "{a:1, b c d}", "{a:1, 1 2}", "{a:1, [b for b in c] d}",
    "{a:1, b:2, (c)}", "{a:1, b:2, c,}", "{a:1,\n b\n for x in y}", "{a:1, lambda x: x, }", "{a:1, b := 2, c}",
    "f(**{a:1, b})", "x = [1, {a: 1, b for x in y}]", "{a: {b: 1, c for d in e}}",
    # not this error
    "{a: 1, **b for x in y}", "{a: 1, yield x}", "{a: 1, *b}", "{a:1,b:2 c}", "{k: v for k in y, c}",
    "{a:1, (x y)}", "{a:1, [x y]}", "{lambda: 1, b c}", "{a:1, *b c}", "{a:1, b: 2 for x in y}", "{a, b = 3}",
    "{a, b c}", "{a b: 1}", "{a:1, , b}", "{a: 1, b: f(x y)}",
]
for source in sources:
    try:
        compile(source, "d.py", "exec")
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
