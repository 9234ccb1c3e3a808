# exceptions through awaits, tasks and gather; try/finally in coroutines; awaiting the wrong things
import asyncio


class Problem(Exception):
    pass


async def fails(delay, message):
    await asyncio.sleep(delay)
    raise Problem(message)


async def cleans_up(log):
    try:
        await asyncio.sleep(0.1)
        return "value"
    finally:
        log.append("finally ran")


async def nested():
    try:
        await fails(0, "inner")
    except Problem as e:
        raise RuntimeError("outer") from e


async def main():
    log = []
    print(await cleans_up(log), log)
    try:
        await nested()
    except RuntimeError as e:
        print(type(e).__name__, e, "caused by", repr(e.__cause__))
    try:
        await asyncio.gather(fails(0.2, "second"), fails(0.1, "first"))
    except Problem as e:
        print("gather raised the first to fail:", e)
    results = await asyncio.gather(fails(0, "kept"), cleans_up(log), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1], log)
    task = asyncio.create_task(fails(0, "in task"))
    try:
        await task
    except Problem as e:
        print("task raised", e, task.done(), repr(task.exception()))
    for bad in (1, "text", None, [1]):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)

    def plain_generator():
        yield 1

    try:
        await plain_generator()
    except TypeError as e:
        print("TypeError:", e)
    coro = cleans_up(log)
    await coro
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    pending = cleans_up(log)
    try:
        asyncio.run(pending)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await pending)


asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
