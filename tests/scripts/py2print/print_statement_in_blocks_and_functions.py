# print statements inside if/for/while bodies, functions, methods and one-line suites.
def show(label, value):
    print label + ':', value
class Reporter(object):
    def __init__(self, prefix):
        self.prefix = prefix
    def report(self, n):
        print self.prefix, n
for i in range(3):
    if i % 2 == 0:
        print 'even', i
    else:
        print 'odd', i
n = 2
while n > 0:
    print 'countdown', n
    n -= 1
show('total', 42)
Reporter('item').report(7)
if True: print 'one-line suite'
try:
    {}['missing']
except KeyError as e:
    print 'caught', e
