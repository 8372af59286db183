# CPython's words for a comprehension written where it cannot stand: a target of
# several elements without parentheses, unpacking in a call's generator argument or
# a dict comprehension's key.
for src in ['[a, b for a in b]', '[*a, b for a in b]', '[a, *b for a in b]', '{a, *b for a in b}', '(*a, b for a in b)', '[*a, *b for a in b]', '{*a, b for a in b}', '[a, for x in y]', '[a, b, for x in y]', '[f(x, y), [1, 2] for x in y]', '[a, b async for a in b]', '[(a, b) for a in b]', '[a for a in b, c for c in d]', '[a, b\n for x in y]', 'g(*a for a in b, x)', 'g(*a for a in b)', 'g(x, *a for a in b)', 'g(k=1, *a for a in b)', 'g(*a async for a in b)', 'g(*a for a in b if c)', '{**a for a in b}', '{**a for a in b if c}', '{x: 1, **a for a in b}', '{**a, **b for a in b}', 'g(**a for a in b)', 'g(*a, *b for a in b)', 'g(k=1, y for y in z)', 'g(**k, y for y in z)', 'g(y for y in z, k=1)', 'g(y for y in z)', 'g(*a for a in b)(1)', 'g(*(a for a in b))', '{**a async for a in b}', 'g(*a for a in b for c in d)', '[a async, b]']:
    try:
        compile(src, 'f', 'exec'); print(repr(src), 'ok')
    except SyntaxError as e: print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
