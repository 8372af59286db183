# except* compile-time errors: mixing with except, missing types, unparenthesized tuples, jumps out of except* blocks
snippets = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError, TypeError as e:\n    pass\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    if x: break\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    return  1\n",
    "def f():\n  try:\n    pass\n  except* ValueError:\n    for x in y:\n      return x\n",
    "for x in y:\n  try:\n    pass\n  except* ValueError:\n    def g():\n      return 1\n    while x:\n      break\n",
    "try:\n    pass\nexcept  *  (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\nfinally:\n    pass\nelse:\n    pass\n",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


