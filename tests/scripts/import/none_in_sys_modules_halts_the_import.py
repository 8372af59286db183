# A None entry in sys.modules blocks the import with ModuleNotFoundError, as CPython.
import sys
import importlib
sys.modules['blocked'] = None
for attempt in ('import', 'from', '__import__', 'import_module'):
    try:
        if attempt == 'import':
            import blocked
        elif attempt == 'from':
            from blocked import thing
        elif attempt == '__import__':
            __import__('blocked')
        else:
            importlib.import_module('blocked')
    except ImportError as e:
        print(attempt, type(e).__name__, e, e.name)
print('blocked' in globals())
del sys.modules['blocked']
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
