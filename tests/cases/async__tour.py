import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.1, log), worker("c", 0.2, log))
    print(results, log)
    t = asyncio.create_task(worker("t", 0.05, log))
    print(await t, t.done(), t.result())
    try:
        await asyncio.gather(worker("x", 0.2, log), failing())
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(failing(), worker("y", 0, log), return_exceptions=True))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=1)
    except asyncio.TimeoutError:
        print("timed out")
    lock = asyncio.Lock()
    order = []
    async def use(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
            order.append(-n)
    await asyncio.gather(use(1), use(2))
    print(order)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
    async def consumer():
        got = []
        for _ in range(3):
            got.append(await q.get())
        return got
    print(await asyncio.gather(producer(), consumer()))
    return "main done"

print(asyncio.run(main()))

class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

class Res:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, *a):
        print("exit", a[0]); return False

async def iterate():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    async with Res() as r:
        out.append(type(r).__name__)
    try:
        async with Res():
            raise KeyError("k")
    except KeyError:
        out.append("caught")
    return out

print(asyncio.run(iterate()))
async def coro(): return 1
c = coro()
print(type(c).__name__)
print(asyncio.run(c))
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
