# a StopIteration escaping a coroutine becomes "RuntimeError: coroutine raised StopIteration" (a
# generator's says "generator"); found by fuzzing
import asyncio


async def co():
    it = iter([])
    return next(it)


async def main():
    try:
        await co()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)


def gen():
    yield next(iter([]))


asyncio.run(main())
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(co())
