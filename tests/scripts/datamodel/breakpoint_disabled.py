# PYTHONBREAKPOINT=0 makes breakpoint() and the default hook do nothing.
import sys

print(breakpoint())
print(breakpoint('ignored', x=1))
print(sys.__breakpointhook__())
print('still running')
