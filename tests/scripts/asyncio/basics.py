# asyncio basics: run, sleep ordering, create_task, gather (results, exceptions), wait_for timeouts, cancellation, Queue, Event, Lock
import asyncio
order = []
async def worker(name, delay, result):
    order.append(('start', name))
    await asyncio.sleep(delay)
    order.append(('end', name))
    return result
async def failing():
    await asyncio.sleep(0)
    raise ValueError('bad')
async def main():
    t = asyncio.create_task(worker('a', 0.02, 1))
    print(t.done(), isinstance(t, asyncio.Future), t.get_name().startswith('Task-'))
    results = await asyncio.gather(worker('b', 0.01, 2), worker('c', 0, 3), t)
    print(results, t.done(), t.result())
    print(await asyncio.gather(failing(), worker('d', 0, 4), return_exceptions=True))
    try:
        await asyncio.gather(failing(), worker('e', 0, 5))
    except ValueError as e:
        print('gather raised', e)
    try:
        await asyncio.wait_for(asyncio.sleep(1, 'late'), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out', asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, 'quick'), timeout=1), await asyncio.sleep(0, 'slept'))
    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(sleeper.cancel(), sleeper.cancelled(), sleeper.done())
    try:
        await sleeper
    except asyncio.CancelledError:
        print('cancelled', issubclass(asyncio.CancelledError, BaseException))
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            order.append(('put', i))
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
            q.task_done()
        q.task_done()
        return got
    print(await asyncio.gather(producer(), consumer()), q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks))
    lock = asyncio.Lock()
    shared = []
    async def critical(n):
        async with lock:
            shared.append(('in', n))
            await asyncio.sleep(0)
            shared.append(('out', n))
    await asyncio.gather(critical(1), critical(2))
    print(shared, lock.locked())
    done, pending = await asyncio.wait([asyncio.create_task(worker('w', 0, 9))])
    print(len(done), len(pending), [d.result() for d in done])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout context')
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'from callback')
    print(await fut, repr(fut))
    sem = asyncio.Semaphore(2)
    running = []
    async def limited(n):
        async with sem:
            running.append(n)
            await asyncio.sleep(0)
            return len(running)
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    return 'main done'
print(asyncio.run(main()))
print(order[:6])
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker('x', 0, 'loop result')), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
f = asyncio.Future(loop=asyncio.new_event_loop())
for call in (f.result, f.exception):
    try:
        call()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
f.set_result(5)
print(f.result(), f.done(), repr(f))
