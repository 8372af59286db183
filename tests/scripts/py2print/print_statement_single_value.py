# The Python 2 print statement with one value prints its str() and a newline.
print 42
print "hello"
print 'single quoted'
print 0 - 7
print 2 ** 70
print None
print True
print [1, 'two', 3]
print 2.5
