# "expression expected after dictionary key and ':'" and "cannot use a starred expression in a dictionary value" (CPython's invalid_double_starred_kvpairs): message and range
for s in ['{a: *b}', '{a:1, b: *c}', '{a: *b, c:1}', '{a: 1, b:}', '{a:\n}', '{a:, }', '{(a): }', '{a.b: }', '{a b:}', '{a:1 b:}', '{lambda: }', '{a:1, lambda x: x:}', '{a: 1, b:, c}', '{**a, b:}',
          '{a: *b + c}', '{a: *b c}', '{a: *b.c(1) }', '{a: *b, c}', '{a: * b\n, c}', '{a: *b for x in y}', '{a:1, **b: *c}', 'x = [{a: *b}]', '{a: b:}', '{a: b: *c}', '{x:1, a: b:}', '{a: (b:)}', '{a: *(b, c)}', '{a: *b,', '{a: *[1, 2]}', 'f(**{a: })']:
    try:
        compile(s, 'd', 'exec')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
