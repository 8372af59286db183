# A repeated keyword argument is an error of CPython's compiler, not its parser: the
# symbol table's errors come first, and the compiler's are met in its order.
for src in ['f(a=1, a=2)\ndef g():\n  nonlocal q\n', 'def g():\n  nonlocal q\nf(a=1, a=2)\n', 'break\nf(a=1, a=2)\n', 'f(a=1, a=2)\nbreak\n', 'f(__debug__=1)\ndef g():\n  nonlocal q\n']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(e, e.lineno, e.offset)
