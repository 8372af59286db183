# logging: basicConfig, hierarchy and propagation, levels, handlers, formatters, filters, adapters, exception()
import logging, sys, os
sys.stderr = sys.stdout
logging.warning('before config %d', 1)
logging.info('not shown')
root = logging.getLogger()
print(root, root.handlers[0].__class__.__name__, logging.getLogger('root') is root)
for h in root.handlers[:]:
    root.removeHandler(h)
logging.basicConfig(level=logging.DEBUG, format='%(levelname)-8s %(name)s [%(module)s:%(funcName)s] %(message)s', stream=sys.stdout)
logging.debug('debug %s', 'arg')
a = logging.getLogger('app')
ab = logging.getLogger('app.db')
print(ab.parent is a, a.parent is root, ab.getEffectiveLevel(), repr(ab), logging.getLogger('app.db') is ab)
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
a.setLevel(logging.WARNING)
ab.info('hidden by parent level')
ab.warning('shown via root: %(k)s', {'k': 'v'})
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('APP {levelname}: {message}', style='{'))
a.addHandler(h)
ab.error('twice')
a.propagate = False
ab.error('once')
a.propagate = True
a.removeHandler(h)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
f = OnlyOdd()
a.addFilter(f)
for i in range(4):
    a.warning('number %d', i)
a.removeFilter(f)
print(logging.Filter('app').filter(logging.makeLogRecord({'name': 'app.db'})), logging.Filter('app').filter(logging.makeLogRecord({'name': 'apple'})))
class CwdFree(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.abspath(__file__), 'SCRIPT').replace('"' + __file__ + '"', '"SCRIPT"')
root.handlers[0].setFormatter(CwdFree(root.handlers[0].formatter._fmt))
def work():
    try:
        1 / 0
    except ZeroDivisionError:
        logging.getLogger('app').exception('failed: %s', 'division')
work()
ad = logging.LoggerAdapter(logging.getLogger('adapt'), {'user': 'bob'})
fmt = logging.StreamHandler(sys.stdout)
fmt.setFormatter(logging.Formatter('%(user)s|%(message)s|%(levelno)d'))
logging.getLogger('adapt').addHandler(fmt)
logging.getLogger('adapt').propagate = False
ad.info('adapted %s', 'msg')
print(repr(ad))
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.WARN, logging.FATAL)
logging.addLevelName(15, 'VERBOSE')
logging.log(15, 'custom level')
print(logging.getLevelName(15))
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('still on')
logging.disable(logging.NOTSET)
for bad in [lambda: root.setLevel('LOUD'), lambda: root.setLevel(1.5), lambda: logging.basicConfig(bogus=1, force=True),
            lambda: root.log('x', 'y'), lambda: logging.Formatter(style='^')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, format='%(message)s', force=True)
record = logging.LogRecord('n', logging.INFO, '/p/file.py', 7, 'hi %s', ('there',), None)
print(record.getMessage(), record.filename, record.module, record.levelname, repr(record))
fm = logging.Formatter('%(asctime)s %(msecs)03d', datefmt='%Y')
print(len(fm.format(record)), fm.usesTime(), logging.Formatter('%(message)s').usesTime())
print(logging.Formatter(defaults={'extra': 'E'}, fmt='%(extra)s %(message)s').format(record))
nh = logging.NullHandler()
logging.getLogger('lib').addHandler(nh)
logging.getLogger('lib').warning('to root through null')
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
log = logging.getLogger('file')
path = '/tmp/hotpy-test-logging-%d.log' % os.getpid()
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter(logging.BASIC_FORMAT))
log.addHandler(fh)
log.propagate = False
log.warning('to file %d', 1)
log.error('to file %d', 2)
fh.close()
print(open(path).read(), end='')
os.unlink(path)
print(logging.getLogger('app').getChild('child').name, logging.root is root, isinstance(logging.lastResort, logging.Handler))
logging.shutdown()
