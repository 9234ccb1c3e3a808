# Event, Semaphore, Queue, wait_for and cancellation-free coordination between tasks
import asyncio


async def main():
    ready = asyncio.Event()
    seen = []

    async def waiter(n):
        await ready.wait()
        seen.append(n)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ready.is_set(), seen)
    ready.set()
    await asyncio.gather(*tasks)
    print(ready.is_set(), seen)

    limit = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(n):
        async with limit:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.1)
            active.remove(n)
        return n * n

    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak[0])

    queue = asyncio.Queue(maxsize=2)
    out = []

    async def produce():
        for i in range(5):
            await queue.put(i)
        await queue.put(None)

    async def consume():
        while True:
            item = await queue.get()
            queue.task_done()
            if item is None:
                return
            out.append(item)

    await asyncio.gather(produce(), consume())
    await queue.join()
    print(out, queue.empty(), queue.qsize())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    print(await asyncio.wait_for(asyncio.sleep(0.1, result="fast"), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.5)
    except asyncio.TimeoutError:
        print("TimeoutError")
    unstarted = main()
    print(await asyncio.gather(), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(unstarted))
    unstarted.close()


asyncio.run(main())
