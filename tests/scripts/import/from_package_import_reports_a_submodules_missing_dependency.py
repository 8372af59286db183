# `from pkg import sub` reports the module sub failed to import, not "cannot import name" (CPython's _handle_fromlist)
try:
    from pkg_with_broken_sub import broken
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_with_broken_sub import absent
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).split(' (')[0])
from pkg_with_broken_sub import fine
print(fine.VALUE)
