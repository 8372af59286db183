# SyntaxError at the end of exec() and eval() sources: eval adds no newline, and has no column at the end.
for mode, src in [('exec', '1 +'), ('exec', '1 +\n'), ('eval', '1 +'), ('eval', '1 +\n'), ('eval', 'x if y'), ('exec', 'x = '), ('eval', '[1, 2'), ('exec', 'for x in y:'), ('exec', 'if x:\n'), ('eval', 'lambda:'), ('exec', 'def f(x,')]:
    try:
        (exec if mode == 'exec' else eval)(src)
    except SyntaxError as e:
        print(mode, repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
