# b'...' % args: %d %s %b %r %a %x %o %f %c, flags, widths, mappings and the errors
print(b'%d %s %r %x' % (42, b'bytes', 'r\xe9pr', 255))
print(b'%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o' % (1, 2, 3, 4, 255, 255, 255, 8, 8))
print(b'%.2f %e %g %10.3s|' % (3.14159, 12345.678, 0.0001, b'abcdef'))
print(b'%c%c %b %s %a' % (65, b'B', bytearray(b'ba'), memoryview(b'mv'), b'\xff'))
print(b'%(x)s-%(y)d' % {b'x': b'X', b'y': 7}, b'100%%' % (), bytearray(b'%s!') % b'hi')
class B:
    def __bytes__(self):
        return b'dunder'
print(b'%s' % B())
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: b'%s' % 'str')
show(lambda: b'%d' % 'x')
show(lambda: b'%c' % 300)
show(lambda: b'%c' % 'x')
show(lambda: b'%d %d' % (1,))
show(lambda: b'%d' % (1, 2))
show(lambda: b'%y' % 1)
show(lambda: b'%(x)s' % (1,))
