"""Coroutine helpers: sleep, gather, wait_for, wait, as_completed, shield, timeout."""

from . import events, futures
from .futures import CancelledError, Future, Task

__all__ = ('sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'shield', 'ensure_future',
           'create_task', 'timeout', 'Timeout', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'run_coroutine_threadsafe')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class _Yield:
    """Awaiting it gives the loop one turn (what sleep(0) does)."""

    def __await__(self):
        yield


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


async def sleep(delay, result=None):
    """Suspends the calling task for delay seconds, then returns result."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    if loop is None:
        loop = events.get_event_loop()
    return events.futures_ensure(coro_or_future, loop)


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine to run on the running loop; returns its Task."""
    return events.get_running_loop().create_task(coro, name=name)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in their order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = events._get_running_loop() or events.get_event_loop()
    children = []
    seen = {}
    for arg in coros_or_futures:
        if not futures.iscoroutine(arg) and arg in seen:
            child = seen[arg]
        else:
            child = events.futures_ensure(arg, loop)
            loop = child.get_loop()
            if not futures.iscoroutine(arg):
                seen[arg] = child
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}
    total = len(children)

    def child_done(child):
        state['finished'] += 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == total:
            results = []
            for fut in children:
                if fut.cancelled():
                    results.append(fut._make_cancelled_error())
                else:
                    exc = fut.exception()
                    results.append(fut.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    fut.cancel()
    await waiter


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)
    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """(done, pending) sets of the futures/tasks fs once return_when is met."""
    if futures.isfuture(fs) or futures.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(futures.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            _release_waiter(waiter)
    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) and not (
                return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Yields awaitables giving the results of fs in the order they finish."""
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done_queue = []
    waiters = []

    def on_done(f):
        todo.discard(f)
        done_queue.append(f)
        if waiters:
            _release_waiter(waiters.pop(0))
    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not done_queue:
            waiter = loop.create_future()
            waiters.append(waiter)
            await waiter
        return done_queue.pop(0).result()
    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    """A future that follows arg but whose cancellation does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def copy_state(f):
        if outer.cancelled():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())
    inner.add_done_callback(copy_state)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('hotpy runs a single thread: run_coroutine_threadsafe is unavailable')


class Timeout:
    """async with timeout(delay): cancels the block after delay seconds (TimeoutError)."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = events.get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = futures.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is not None and issubclass(exc_type, CancelledError):
            self._task.uncancel()
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
