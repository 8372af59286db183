# breakpoint() calls whatever sys.breakpointhook is; sys.__breakpointhook__ keeps the default.
import sys

print(callable(breakpoint), sys.breakpointhook is sys.__breakpointhook__)
calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'from hook'


sys.breakpointhook = hook
print(breakpoint(1, 2, key='v'), breakpoint())
print(calls)
sys.breakpointhook = 42
try:
    breakpoint()
except TypeError as e:
    print('TypeError:', e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError:', e)
sys.breakpointhook = sys.__breakpointhook__
