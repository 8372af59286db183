"""TaskGroup (structured concurrency: a block that waits for its tasks) and Runner."""

from . import events, futures
from .futures import CancelledError

__all__ = ('TaskGroup', 'Runner')


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) — the block ends when every task
    has; the first failure cancels the rest and all failures are raised as an
    ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        self._loop = events.get_running_loop()
        self._parent_task = futures.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation = None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None and issubclass(et, CancelledError):
            if not (self._parent_cancel_requested and not self._parent_task.uncancel()):
                propagate_cancellation = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as cancelled:
                if not self._aborting:
                    propagate_cancellation = cancelled
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation is not None and not self._errors:
            raise propagate_cancellation
        if et is not None and not issubclass(et, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Stop the block's own code too: it gets a CancelledError that __aexit__ absorbs.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Runner:
    """Runs several coroutines on one event loop: `with asyncio.Runner() as r: r.run(c)`."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory or events.new_event_loop
        self._loop = None
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._loop is not None and not self._closed:
            loop = self._loop
            pending = [t for t in futures._all_tasks if t._loop is loop and not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                from .tasks import gather
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.close()
            self._loop = None
        self._closed = True

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not futures.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        return self._loop.run_until_complete(coro)

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            self._loop = self._loop_factory()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
