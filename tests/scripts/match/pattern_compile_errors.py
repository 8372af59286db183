# match: CPython's static errors in patterns, with their positions
def report(src):
    try:
        exec(src, {"x": 0, "C": int})
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
report("match x:\n case a:\n  pass\n case 1:\n  pass\n")
report("match x:\n case _:\n  pass\n case 1:\n  pass\n")
report("match x:\n case a if a:\n  pass\n case 1:\n  pass\n")
report("match x:\n case [a, a]:\n  pass\n")
report("match x:\n case [a] | [b]:\n  pass\n")
report("match x:\n case [*a, *b]:\n  pass\n")
report("match x:\n case a | 1:\n  pass\n")
report("match x:\n case _ | 1:\n  pass\n")
report("match x:\n case C(x=1, x=2):\n  pass\n")
report("match x:\n case C(x=1, 2):\n  pass\n")
report("match x:\n case {'a': 1, 'a': 2}:\n  pass\n")
report("match x:\n case {1: a, True: b}:\n  pass\n")
report("match x:\n case 1 as _:\n  pass\n")
report("match x:\n case f'x':\n  pass\n")
report("match x:\n case (a as b):\n  pass\n case 2:\n  pass\n")
report("match x:\n case {1: a, **a}:\n  pass\n")
report("match x:\n case 1+2:\n  pass\n")
