# PYTHONBREAKPOINT names the hook to import and call, with breakpoint()'s arguments.
import sys

print(breakpoint('called', 'through', sep='-'))
print(sys.breakpointhook('direct'))
