# _thread: lock and RLock (acquire with blocking/timeout, release errors, context managers), get_ident, _local.
import _thread
lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(blocking=True, timeout=0))
lock.release()
print(lock.locked(), repr(lock).startswith("<unlocked _thread.lock object at"))
with lock:
    print("inside", lock.locked(), repr(lock).startswith("<locked _thread.lock"))
print(lock.locked())
for call in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2),
             lambda: lock.acquire(timeout=1e20)):
    try:
        call()
    except (RuntimeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count(), repr(r).startswith("<locked _thread.RLock object owner="))
r.release()
print(r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
state = (r.acquire(), r._release_save())[1]
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()
ident = _thread.get_ident()
print(type(ident), ident == _thread.get_ident(), type(_thread.get_native_id()), _thread._count())
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6, _thread.stack_size(), _thread.allocate is not None)
local = _thread._local()
local.x = 1
print(local.x, hasattr(local, "y"))
class Local(_thread._local):
    def __init__(self, value):
        self.value = value
print(Local(5).value)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
sentinel = _thread._set_sentinel()
print(sentinel.acquire(), sentinel.locked())
