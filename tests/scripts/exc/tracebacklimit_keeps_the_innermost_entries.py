# sys.tracebacklimit: only the innermost entries print; 0 or less prints no traceback at all.
import sys
def a(): b()
def b(): c()
def c(): 1/0
for limit in (2, 1, 0, -1, True, 10**30, 'x'):
    sys.tracebacklimit = limit
    try:
        a()
    except ZeroDivisionError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print('---', repr(limit))
sys.tracebacklimit = 1
a()
