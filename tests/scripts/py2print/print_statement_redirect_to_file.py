# `print >>f, x` writes to the file object f; only the stdout-bound lines appear in stdout.
import sys
print >>sys.stdout, 'to stdout via redirect'
print >>sys.stderr, 'to stderr, not in stdout'
print >>sys.stdout, 'several', 'values', 3
f = open('log.txt', 'w')
print >>f, 'line one'
print >>f, 'line', 2
print >>f
f.close()
f = open('log.txt')
data = f.read()
f.close()
print repr(data)
