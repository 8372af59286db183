"""A small event loop for coroutines: ready callbacks and timers, no I/O."""

import time as _time

from . import futures

__all__ = ('AbstractEventLoop', 'BaseEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop', 'run')


class Handle:
    """A scheduled callback, cancellable."""

    def __init__(self, callback, args, loop):
        self._callback, self._args, self._loop = callback, args, loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)

    def __repr__(self):
        return '<%s%s %s>' % (self.__class__.__name__, ' cancelled' if self._cancelled else '',
                              getattr(self._callback, '__qualname__', self._callback))


class TimerHandle(Handle):
    """A callback scheduled for a moment of loop.time()."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when


class BaseEventLoop:
    """Runs callbacks in order; sleeps until the next timer when nothing is ready."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._running = False
        self._stopping = False
        self._closed = False
        self._debug = False
        self._exception_handler = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        # Kept sorted by deadline; equal deadlines stay in scheduling order.
        index = len(self._timers)
        while index > 0 and self._timers[index - 1]._when > when:
            index -= 1
        self._timers.insert(index, handle)
        return handle

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return futures.Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0]._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while self._timers and self._timers[0]._when <= now:
            handle = self._timers.pop(0)
            if not handle._cancelled:
                self._ready.append(handle)
        ready, self._ready = self._ready, []
        for handle in ready:
            if not handle._cancelled:
                try:
                    handle._run()
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc:
                    self.call_exception_handler({'message': 'Exception in callback',
                                                 'exception': exc, 'handle': handle})

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        global _running_loop
        self._running = True
        _running_loop = self
        try:
            while not self._stopping:
                if not self._ready and not self._timers:
                    # Nothing can ever become ready: no I/O, no threads.
                    break
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        future = futures_ensure(future, self)
        future.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        sys.stderr.write(message + '\n')
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


AbstractEventLoop = BaseEventLoop


def futures_ensure(obj, loop):
    if futures.isfuture(obj):
        return obj
    if futures.iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


_running_loop = None
_current_loop = None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """The running loop, else the current loop (made on first use)."""
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None or _current_loop.is_closed():
        _current_loop = new_event_loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def new_event_loop():
    return BaseEventLoop()


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and returns its result."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not futures.iscoroutine(main):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in futures._all_tasks if t._loop is loop and not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                from .tasks import gather
                loop.run_until_complete(gather(*pending, return_exceptions=True))
        finally:
            set_event_loop(None)
            loop.close()
