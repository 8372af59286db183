# An uncaught exception goes to sys.excepthook(type, value, traceback), after sys.last_* are set.
import sys
def hook(t, v, tb):
    print('hook:', t.__name__, v, tb is v.__traceback__)
    print('last:', sys.last_type is t, sys.last_value is v, sys.last_traceback is tb)
sys.excepthook = hook
print('start')
raise KeyError('k')
