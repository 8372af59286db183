"""asyncio basics on hotpy: an event loop for coroutines (timers, no I/O), tasks, futures,
sleep/gather/wait_for/wait/timeout, TaskGroup, Runner, locks, events, semaphores and queues."""

from .futures import (CancelledError, InvalidStateError, TimeoutError, Future, Task, isfuture,
                      iscoroutine, current_task, all_tasks)
from .events import (AbstractEventLoop, BaseEventLoop, Handle, TimerHandle, get_event_loop,
                     set_event_loop, new_event_loop, get_running_loop, _get_running_loop, run)
from .tasks import (sleep, gather, wait_for, wait, as_completed, shield, ensure_future,
                    create_task, timeout, timeout_at, Timeout, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED, run_coroutine_threadsafe)
from .taskgroups import TaskGroup, Runner
from .locks import (Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue, PriorityQueue,
                    LifoQueue, QueueFull, QueueEmpty)


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)
