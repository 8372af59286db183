# repr of help, exit and quit (CPython's _sitebuiltins objects); help(module) of a builtin module has no file
print(repr(help))
print(repr(exit))
print(repr(quit))
for obj in (help, exit, quit, copyright, credits, license):
    print(type(obj).__name__, type(obj).__module__, callable(obj))
try:
    help(1, 2)
except TypeError:
    print('TypeError')
