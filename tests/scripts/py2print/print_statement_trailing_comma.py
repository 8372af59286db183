# A trailing comma suppresses the newline; the next print puts one space before its output.
print 'a',
print 'b',
print 'c'
for i in range(4):
    print i,
print
print 'ends with newline\n',
print 'no space after a newline'
print 'x', 'y',
print
