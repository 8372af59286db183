"""Tools for with statements (PEP 343): context managers made from generators,
exit stacks, and small ready-made context managers.
"""

import abc
import sys
import _collections_abc
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager(abc.ABC):
    """The ABC of context managers: classes with __enter__ and __exit__."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The ABC of asynchronous context managers: classes with __aenter__ and
    __aexit__.
    """

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """Mixin that lets a context manager decorate a function: each call of the
    function then runs inside the context.
    """

    def _recreate_cm(self):
        """The context manager for one call of the decorated function: self, unless
        a subclass must make a fresh one for each call (as generator-based ones do)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Mixin that lets an asynchronous context manager decorate a coroutine function."""

    def _recreate_cm(self):
        """The context manager for one call of the decorated coroutine function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the context managers of @contextmanager and @asynccontextmanager share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The generator function's docstring documents the context manager best.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once, so each decorated call needs its own.
        return self.__class__(self.func, self.args, self.kwds)


def _verdict_after_throw(exc, value, traceback, stop_type):
    """What __exit__ returns when throwing value into the generator raised exc: True
    to suppress value, False to let it go on, None to raise exc instead."""
    if isinstance(exc, stop_type):
        # The generator caught the exception and finished: suppressed, unless the
        # stop exception is the very one thrown in.
        return exc is not value
    if isinstance(exc, RuntimeError) and exc is not value:
        # A StopIteration thrown in and turned into RuntimeError by PEP 479 is the
        # original exception passing through.
        if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
            value.__traceback__ = traceback
            return False
        return None
    if exc is not value:
        return None
    exc.__traceback__ = traceback
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """The context manager that @contextmanager makes of a generator."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which an entered one
        # never is: dropping them avoids keeping them alive.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()  # a bare exception class was passed
        try:
            self.gen.throw(typ, value, traceback)
        except BaseException as exc:
            verdict = _verdict_after_throw(exc, value, traceback, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The context manager that @asynccontextmanager makes of an async generator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except BaseException as exc:
            verdict = _verdict_after_throw(exc, value, traceback, StopAsyncIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """`with closing(thing) as t:` binds thing and calls thing.close() on exit, even
    when the block raises.
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(thing) as t:` binds thing and awaits thing.aclose() on exit:
    the way to finalize an async generator at a known point.
    """

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []  # a stack: the same object may be entered again

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file for the duration of the with block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file for the duration of the with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ignores the exceptions of the given classes raised in the with block: execution
    goes on after the block.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing: `with nullcontext(x) as y`
    binds x to y. It stands in where a context manager is optional.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the current directory for the duration of the with block (the process's
    directory: not safe with threads).
    """

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())



def _not_a_context_manager(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {kind} protocol")


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the stack of exit callbacks."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []  # (is_sync, callback), run last first

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._push_exit_callback(exit)  # a plain callable
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _not_a_context_manager(cm, "context manager") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback  # lets introspection see what will run
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Chain new_exc's context to old_exc, as nested with statements would: walk the
    context chain of new_exc up to the exception the frame was already handling."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _Unwinding:
    """The state of an exit stack's unwinding, callback after callback, as nested with
    statements would have it: the exception in flight (each callback may suppress it
    or raise another, chained to it), and whether one was suppressed."""

    def __init__(self, exc_details):
        self.exc_details = exc_details
        self.received_exc = exc_details[0] is not None
        self.frame_exc = sys.exc_info()[1]  # the exception the caller is handling
        self.suppressed_exc = False
        self.pending_raise = False

    def returned(self, handled):
        if handled:
            self.suppressed_exc = True
            self.pending_raise = False
            self.exc_details = (None, None, None)

    def raised(self, new_exc):
        _fix_exception_context(new_exc, self.exc_details[1], self.frame_exc)
        self.pending_raise = True
        self.exc_details = (type(new_exc), new_exc, new_exc.__traceback__)

    def finish(self):
        if self.pending_raise:
            exc = self.exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context  # the raise must not replace the fixed context
                raise
        return self.received_exc and self.suppressed_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding any number of others and callbacks, decided at run
    time: every one is exited when the stack closes, last registered first, as if each
    were a nested with statement.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            assert is_sync
            try:
                unwinding.returned(callback(*unwinding.exc_details))
            except BaseException as new_exc:
                unwinding.raised(new_exc)
        return unwinding.finish()

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack: its callbacks may be synchronous or coroutine
    functions.
    """

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _not_a_context_manager(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._push_exit_callback(self._create_async_exit_wrapper(cm, exit), False)
        return result

    def push_async_exit(self, exit):
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(self._create_async_exit_wrapper(exit, exit_method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                if is_sync:
                    unwinding.returned(callback(*unwinding.exc_details))
                else:
                    unwinding.returned(await callback(*unwinding.exc_details))
            except BaseException as new_exc:
                unwinding.raised(new_exc)
        return unwinding.finish()
