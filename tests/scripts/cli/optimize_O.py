# -O: assert statements are not run, __debug__ is False, docstrings stay
import sys
import builtins
def check():
    "function doc"
    assert print("assert's test ran") or False, "assert ran"
    return "no AssertionError"
print(check(), check.__doc__)
print(__debug__, builtins.__debug__, sys.flags.optimize)
if __debug__:
    print("debug block ran")
else:
    print("debug block skipped")
