# logging.handlers: RotatingFileHandler rolls over at maxBytes keeping backups; MemoryHandler buffers; QueueHandler prepares records
import logging, logging.handlers, os, sys
base = '/tmp/hotpy-test-loghandlers-%d' % os.getpid()
os.mkdir(base)
log = logging.getLogger('rot')
log.propagate = False
h = logging.handlers.RotatingFileHandler(os.path.join(base, 'app.log'), maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(h)
for i in range(8):
    log.warning('message number %d', i)
h.close()
for name in sorted(os.listdir(base)):
    with open(os.path.join(base, name)) as f:
        print(name, repr(f.read()))
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('memory: %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
m = logging.getLogger('mem')
m.propagate = False
m.addHandler(mem)
m.warning('one')
m.warning('two')
print('buffered', len(mem.buffer))
m.error('three triggers flush')
m.warning('four')
mem.close()
class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)
q = ListQueue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('queue')
ql.propagate = False
ql.addHandler(qh)
ql.warning('queued %s', 'arg')
print(len(q), q[0].getMessage(), q[0].args, q[0].msg)
listener = logging.handlers.QueueListener(q, target)
listener.handle(q[0])
for name in os.listdir(base):
    os.unlink(os.path.join(base, name))
os.rmdir(base)
