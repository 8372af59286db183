# asyncio.TaskGroup waits for its tasks, cancels the rest on a failure and raises an ExceptionGroup; asyncio.Runner runs several coroutines
import asyncio
log = []
async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(('cancelled', name))
        raise
    if fail:
        raise ValueError(f'{name} failed')
    log.append(('done', name))
    return name
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job('a', 0.01))
        b = tg.create_task(job('b', 0))
    print(a.result(), b.result(), sorted(log))
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('slow', 1))
            tg.create_task(job('bad', 0, fail=True))
            tg.create_task(job('bad2', 0, fail=True))
    except* ValueError as eg:
        print('caught', sorted(str(e) for e in eg.exceptions))
    print(sorted(log))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.01))
            raise KeyError('body')
    except* KeyError as eg:
        print('body error', [repr(e) for e in eg.exceptions])
    print(sorted(log))
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job('early', 0))
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' has ')[1])
    return 'ok'
print(asyncio.run(main()))
with asyncio.Runner() as runner:
    print(runner.run(job('r1', 0)), runner.run(job('r2', 0)), runner.get_loop().is_closed())
print(runner.get_loop is not None)
