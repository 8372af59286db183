"""Thread synchronization primitives and the Thread class over the native _thread module.

hotpy runs a single thread: locks, conditions, events and semaphores work (a wait that
nothing else can satisfy just times out), and Thread.start() raises RuntimeError."""

import sys as _sys
from time import monotonic as _time

try:
    import _thread
except ImportError:        # only while the native module is missing
    _thread = None

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']


class _SoloLock:
    """A lock for a single-threaded process (used only when _thread is missing)."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._held:
            self._held = True
            return True
        if blocking and timeout < 0:
            raise RuntimeError('deadlock: the lock is held and no other thread can release it')
        if blocking and timeout > 0:
            import time
            time.sleep(timeout)
        return False

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


if _thread is not None:
    _allocate_lock = _thread.allocate_lock
    get_ident = _thread.get_ident
    ThreadError = _thread.error
    TIMEOUT_MAX = getattr(_thread, 'TIMEOUT_MAX', 9223372036.0)
    get_native_id = getattr(_thread, 'get_native_id', _thread.get_ident)
else:
    _allocate_lock = _SoloLock
    ThreadError = RuntimeError
    TIMEOUT_MAX = 9223372036.0

    def get_ident():
        return 1

    get_native_id = get_ident

Lock = _allocate_lock
_trace_hook = None
_profile_hook = None


def settrace(func):
    """Recorded for threads started later; hotpy starts none, so it has no effect."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if _thread is not None and hasattr(_thread, 'stack_size'):
        return _thread.stack_size(size)
    return 0


class _RLock:
    """A reentrant lock: the owning thread may acquire it again; each acquire needs a release."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            'locked' if self._block.locked() else 'unlocked', self.__class__.__module__,
            self.__class__.__qualname__, self._owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        acquired = self._block.acquire(blocking, timeout)
        if acquired:
            self._owner = me
            self._count = 1
        return acquired

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    # Condition uses these to drop and restore every level of a recursive hold while waiting.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = self._count, self._owner
        self._count, self._owner = 0, None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """Lets code wait until notified by another holder of the same lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Releases the lock, waits for a notify (or the timeout), re-acquires; True if notified."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                notified = waiter.acquire()
            else:
                notified = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        """Waits until predicate() is true (or the timeout passes); returns its last value."""
        end = None
        result = predicate()
        while not result:
            if timeout is not None:
                if end is None:
                    end = _time() + timeout
                left = end - _time()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        for waiter in self._waiters[:n]:
            self._waiters.remove(waiter)
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements (waiting at zero) and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d>' % (self.__class__.__module__,
                                            self.__class__.__qualname__, hex(id(self)),
                                            self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() may not raise the value above the initial one."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that wait() blocks on until set() raises it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '<%s.%s at %s: %s>' % (self.__class__.__module__, self.__class__.__qualname__,
                                      hex(id(self)), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets parties threads wait for each other (with one thread, only parties=1 passes)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties, self._action, self._timeout = parties, action, timeout
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count < self._parties:
            self._broken = True
            raise BrokenBarrierError
        if self._action:
            self._action()
        self._count = 0
        return index

    def reset(self):
        self._count, self._broken = 0, False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count)
    broken = property(lambda self: self._broken)


_active = {}        # ident -> Thread, for the threads that are running
_counter = 0


def _new_thread_name(target):
    global _counter
    _counter += 1
    name = 'Thread-%d' % _counter
    target_name = getattr(target, '__name__', None)
    return name if target_name is None else '%s (%s)' % (name, target_name)


class Thread:
    """A thread of control: subclass and override run(), or pass target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        self._target, self._args, self._kwargs = target, args, kwargs or {}
        self._name = str(name) if name is not None else _new_thread_name(target)
        if daemon is None:
            daemon = current_thread().daemon if _main_thread is not None else False
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        # The interpreter has one thread of execution: say so rather than run target inline.
        raise RuntimeError("can't start new thread: hotpy runs a single thread "
                           '(threading.Thread.start is not supported)')

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


_main_thread = None
_main_thread = _MainThread()


class _DummyThread(Thread):
    """Stands for a thread not started by this module."""

    def __init__(self):
        Thread.__init__(self, name=_new_thread_name(None).replace('Thread', 'Dummy'),
                        daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    """The Thread object of the caller's thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    """The list of Thread objects currently alive."""
    return list(_active.values())


class ExceptHookArgs(tuple):
    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Prints an exception raised by Thread.run() to stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {name}:', file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook

if _thread is not None and hasattr(_thread, '_local'):
    local = _thread._local
else:
    class local:
        """Per-thread attributes; with a single thread, an ordinary object."""


def _shutdown():
    pass


def _register_atexit(func, *args, **kwargs):
    import atexit
    atexit.register(func, *args, **kwargs)
