# `print a, b, c` separates the values' str() with single spaces.
x = 10
name = 'widget'
print 'x:', x
print 'name:', name, 'count:', 3
print 1, 2, 3
print 'a' + 'b', 'c' * 3, x * 2 + 1
print 'list', [x, x + 1], 'str of list'
