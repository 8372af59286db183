# match: CPython's messages and positions for malformed patterns and guards
class A:
    b = 1
    y = int
def report(body):
    src = "match x:\n case %s:\n  pass\n" % body
    try:
        exec(src, {"x": A, "C": int, "a": A, "b": False})
        print("ok")
    except SyntaxError as e:
        print(repr(body), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for body in ["1 as a as b", "a.b as c", "C(a.b=1)", "C(*a)", "C(**a)", "[**a]", "{*a}", "{'a'}",
             "{1: *a}", "1 | ", "x.y()", "x[0]", "f'{x}' 'a'", "a if b", "not a", "1 < 2",
             "lambda: 1", "a := 1", "*_, *_", "(*a, *b)", "[a, [b, a]]", "C(a=x, a=y)",
             "[x, {1: x}]", "{1: a} | {1: b}", "(a | b) as a", "[*a] | [*b]", "[__debug__]",
             "C(__debug__=1)", "[a b]", "C(a b)", "{1: a 2: b}", "x if a = 1", "x if a b",
             "x if (a", "(a", "[a,", "a if", "x if yield"]:
    report(body)
