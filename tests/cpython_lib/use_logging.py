# CPython's logging module, its pure-Python source unmodified, on hotpy: basicConfig, loggers, levels, handlers, formatters
import sys; sys.path.insert(0, "/usr/lib/python3.11")
import logging
assert logging.__file__.startswith("/usr/lib/python3.11/"), logging.__file__
import io
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('app.part')
log.debug('hidden'); log.info('shown %d', 1); log.warning('warn')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
h = logging.StreamHandler(stream); h.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s %(message)s'))
other = logging.getLogger('other'); other.addHandler(h); other.propagate = False; other.setLevel(logging.DEBUG)
other.debug('dbg'); other.error('err')
print('\n'.join(l for l in stream.getvalue().splitlines() if not l.startswith('  File')))
print(logging.getLevelName(30), logging.getLevelName('ERROR'), log.getEffectiveLevel(), log.parent.name)
