# match: CPython's messages for malformed match statements and case blocks
def report(src):
    try:
        exec(src, {"x": [0]})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
report("match x:\n    pass\n")
report("match x:\ncase 1:\n  pass\n")
report("match x\n  case 1:\n    pass\n")
report("match x:\n  case 1\n    pass\n")
report("match x:\n  case 1:\n  pass\n")
report("match x:\n  case 1: pass\n  case:\n    pass\n")
report("match x: pass\n")
report("match x:\n  case 1 + 1:\n    pass\n")
report("match x:\n  case {**a,}:\n    pass\n")
report("match x:\n  case (1, *a, 2,):\n    pass\n")
report("match x:\n  case [1, 2] if x := 1:\n    pass\n")
report("match *x, 1:\n  case _:\n    pass\n")
report("if 1:\n  match x:\n    case 1:\n      pass\n  case = 2\n")
