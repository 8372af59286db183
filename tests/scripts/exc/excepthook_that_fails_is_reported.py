# A sys.excepthook that raises: "Error in sys.excepthook:", its traceback, then the original exception.
import sys
def broken(t, v, tb):
    raise ValueError('hook broke')
sys.excepthook = broken
raise KeyError('k')
