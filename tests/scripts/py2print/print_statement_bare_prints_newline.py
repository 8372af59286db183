# A bare `print` writes just a newline.
print 'before'
print
print
print 'after'
