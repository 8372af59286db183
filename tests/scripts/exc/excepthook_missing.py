# With sys.excepthook deleted, an uncaught exception is still shown, after "sys.excepthook is missing".
import sys
del sys.excepthook
raise KeyError('k')
