# CPython's fnmatch module, its pure-Python source unmodified, on hotpy: fnmatch, fnmatchcase, filter, translate
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import fnmatch
assert fnmatch.__file__.startswith("/usr/lib/python3.11/"), fnmatch.__file__
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'))
print(fnmatch.translate('[!a-c]?.txt'), fnmatch.fnmatch('x1.txt', '[!a-c]?.txt'))
