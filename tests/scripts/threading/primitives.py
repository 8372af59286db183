# threading in one thread: Lock/RLock/Condition/Semaphore/Event/local/current_thread, Thread basics
import threading
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
with lock:
    print('in lock', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
r = threading.RLock()
with r:
    with r:
        print('reentrant ok', r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
c = threading.Condition()
with c:
    print('wait', c.wait(0.01), c.wait_for(lambda: 42, 0.01))
    c.notify(); c.notify_all()
try:
    c.wait(0)
except RuntimeError as e:
    print('RuntimeError', e)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
loc = threading.local()
loc.x = 5
print(loc.x, hasattr(loc, 'y'))
t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.is_alive(), t.daemon, threading.active_count(), threading.enumerate() == [t])
print(isinstance(threading.get_ident(), int), threading.get_ident() == t.ident, t.native_id == threading.get_native_id())
def work(): pass
th = threading.Thread(target=work, name='worker', args=())
print(repr(th), th.name, th.is_alive(), th.daemon, th.ident)
th2 = threading.Thread(target=work)
print(th2.name.endswith('(work)'), th2.name.startswith('Thread-'))
try:
    th.join()
except RuntimeError as e:
    print('RuntimeError', e)
tm = threading.Timer(10, work)
tm.cancel()
print(tm.finished.is_set(), threading.TIMEOUT_MAX > 1000, threading.settrace(None))
class Sub(threading.Thread):
    def run(self):
        print('run called directly')
Sub().run()
