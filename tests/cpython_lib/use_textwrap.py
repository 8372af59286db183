# CPython's textwrap module, its pure-Python source unmodified, on hotpy: wrap, fill, dedent, indent, shorten
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import textwrap
assert textwrap.__file__.startswith("/usr/lib/python3.11/"), textwrap.__file__
text = 'The quick brown fox jumps over the lazy dog. ' * 4
print(textwrap.wrap(text, 30), textwrap.fill(text, width=40, initial_indent='> ', subsequent_indent='  '), sep='\n')
print(textwrap.dedent('    a\n      b\n    c'), textwrap.indent('x\ny\n', '+ '), textwrap.shorten(text, 30), sep='\n')
