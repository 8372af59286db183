# The print statement takes full expressions: calls, conditionals, indexing, % formatting.
# (No value starts with ( or a unary minus: hotpy reads `print (` and `print -` as Python 3.)
values = [3, 1, 2]
print len(values), sorted(values), max(values)
print 'yes' if values else 'no', values[0], values[-1]
print '%s has %d items' % ('values', len(values))
print 3 * (1 + 2), 0 - values[1]
print 'x' in 'xyz', not values, values[1:]
