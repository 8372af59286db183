# CPython's shlex module, its pure-Python source unmodified, on hotpy: split, quote, join
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import shlex
assert shlex.__file__.startswith("/usr/lib/python3.11/"), shlex.__file__
print(shlex.split('a "b c" d\\ e \'f g\' # comment', comments=True), shlex.quote("it's"), shlex.join(['a b', 'c']))
lx = shlex.shlex('x = "y z";', posix=True); lx.whitespace_split = False; print(list(lx))
