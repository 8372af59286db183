"""Synchronization between tasks: Lock, Event, Condition, Semaphore, and the queues."""

from . import events
from .futures import CancelledError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Queue',
           'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


def _state_repr(obj, state):
    if obj._waiters:
        state = f'{state}, waiters:{len(obj._waiters)}'
    return f'<{obj.__class__.__module__}.{obj.__class__.__qualname__} [{state}]>'


def _wake_first(waiters):
    for fut in waiters:
        if not fut.done():
            fut.set_result(True)
            return


class Lock:
    """A mutual-exclusion lock for tasks: `async with lock:`."""

    def __init__(self):
        self._waiters = []
        self._locked = False

    def __repr__(self):
        return _state_repr(self, 'locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Event:
    """A flag tasks can wait for."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return _state_repr(self, 'set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition:
    """Tasks wait until notified while holding the underlying lock."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = events.get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    """A counter of available slots: acquire waits at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = events.get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    def release(self):
        self._value += 1
        self._wake_up_next()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""


class Queue:
    """A FIFO queue for tasks (maxsize <= 0 means unbounded)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f'<{type(self).__name__} maxsize={self._maxsize!r}>'

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_while(self, blocked, waiters):
        """Waits, queued in waiters, until blocked() is false."""
        while blocked():
            fut = events.get_running_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if fut in waiters:
                    waiters.remove(fut)
                if not blocked() and not fut.cancelled():
                    _wake_first(waiters)
                raise
            finally:
                if fut in waiters:
                    waiters.remove(fut)

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gets the smallest item first."""

    def _get(self):
        smallest = min(range(len(self._queue)), key=self._queue.__getitem__)
        return self._queue.pop(smallest)


class LifoQueue(Queue):
    """Gets the most recently put item first."""

    def _get(self):
        return self._queue.pop()
