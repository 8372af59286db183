# CPython's threading.py runs on hotpy's _thread (with /usr/lib/python3.11 first): locks, events, conditions, local.
# Pending: threading imports os, itertools, collections (other helpers' modules).
import sys
sys.path.insert(0, "/usr/lib/python3.11")
import threading
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked(), lock.acquire(False), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
r = threading.RLock()
with r:
    with r:
        print("nested", r._is_owned())
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.wait(1))
c = threading.Condition()
with c:
    print(c.wait(0.01))
    c.notify_all()
print(c.wait_for(lambda: True, 0.01) if c.acquire() else None)
c.release()
loc = threading.local()
loc.x = 5
print(loc.x)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.get_ident() == threading.current_thread().ident, threading.active_count(), len(threading.enumerate()))
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as x:
    print("ValueError:", x)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError, threading.stack_size())
