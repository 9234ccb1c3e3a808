# the order in which tasks run, print and finish, as CPython's event loop schedules them
import asyncio

log = []


async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def sleeper(name, delay):
    log.append(f"{name} sleeps {delay}")
    await asyncio.sleep(delay)
    log.append(f"{name} woke")
    return delay


async def main():
    t1 = asyncio.create_task(step("a", 3))
    t2 = asyncio.create_task(step("b", 2))
    log.append("created")
    await asyncio.sleep(0)
    log.append("main resumed")
    print(await t1, await t2)
    print(await asyncio.gather(sleeper("x", 0.3), sleeper("y", 0.1), sleeper("z", 0.2), step("s", 2)))
    task = asyncio.create_task(sleeper("late", 0.5))
    print(task.done(), current_name())
    await task
    print(task.done(), task.result(), task.get_name().startswith("Task-"))
    print("\n".join(log))


def current_name():
    return asyncio.current_task().get_name().startswith("Task-")


asyncio.run(main())
