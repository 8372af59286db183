# warnings: warn output format with source line, once-per-location default, filters (simplefilter/filterwarnings), error action, catch_warnings(record), showwarning hook
import warnings, sys
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
def user():
    warnings.warn("careful")
for i in range(3):
    user()          # shown once: the default action remembers the location
old()               # DeprecationWarning from __main__ is shown by default
warnings.warn("plain", RuntimeWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    user(); user()
    warnings.warn(UserWarning("an instance"))
    old()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno, log[0].filename.endswith('.py'))
print(str(log[0]).startswith("{message : UserWarning('careful')"))
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        user()
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as log2:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("SKIP case-insensitive too")
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this", RuntimeWarning)
print([str(w.message) for w in log2])
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  the line  "), end='')
def hook(message, category, filename, lineno, file=None, line=None):
    print('hook:', message, category.__name__, lineno)
warnings.showwarning = hook
warnings.warn("through hook", FutureWarning)
warnings.showwarning = warnings._showwarning_orig
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as log3:
    warnings.simplefilter("once")
    for _ in range(2):
        warnings.warn("once only")
        warnings.warn("once only")
print(len(log3), repr(warnings.catch_warnings(record=True)))
print(warnings.filters[:2])
sys.stderr.flush()
