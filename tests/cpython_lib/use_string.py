# CPython's string module, its pure-Python source unmodified, on hotpy: constants, Template, Formatter, capwords
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import string
assert string.__file__.startswith("/usr/lib/python3.11/"), string.__file__
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  big world'))
t = string.Template('$who likes ${what} $$')
print(t.substitute(who='tim', what='pie'), t.safe_substitute(who='x'))
print(string.Formatter().format('{0}-{x:>4}-{1!r}', 'a', 'b', x=3), list(string.Formatter().parse('a{b}c{d:3}')))
