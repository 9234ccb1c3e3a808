# asyncio for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
#
# A deterministic event loop: callbacks run in the order they were scheduled (as in CPython's loop),
# time is virtual (asyncio.sleep does not really sleep: the clock jumps to the next timer when nothing
# else can run), and host calls made as awaitables are settled by pausing the whole program until the
# host has results (`_wait_for_host`, a native helper). When both a host call and a timer are pending,
# the host is asked first. Tasks, futures, gather, sleep, wait_for, Lock, Event, Semaphore and Queue
# follow CPython 3.11's semantics and error messages.

_running_loop = None
_task_counter = [0]


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError


def _is_coroutine(obj):
    return type(obj).__name__ == "coroutine" and _host_call_id(obj) is None


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    return get_running_loop()


def _loop_of(loop):
    return loop if loop is not None else get_running_loop()


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = _loop_of(loop)
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == "FINISHED":
            if self._exception is not None:
                return "<" + type(self).__name__ + " finished exception=" + repr(self._exception) + ">"
            return "<" + type(self).__name__ + " finished result=" + repr(self._result) + ">"
        return "<" + type(self).__name__ + " " + state + ">"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != "PENDING"

    def cancelled(self):
        return self._state == "CANCELLED"

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == "CANCELLED":
            raise self._make_cancelled_error()
        if self._state == "PENDING":
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == "CANCELLED":
            raise self._make_cancelled_error()
        if self._state == "PENDING":
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != "PENDING":
            raise InvalidStateError(self._state + ": " + repr(self))
        self._result = result
        self._state = "FINISHED"
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != "PENDING":
            raise InvalidStateError(self._state + ": " + repr(self))
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = "FINISHED"
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != "PENDING":
            return False
        self._state = "CANCELLED"
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn):
        if self._state != "PENDING":
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not _is_coroutine(coro):
            raise TypeError("a coroutine was expected, got " + repr(coro))
        _task_counter[0] += 1
        self._name = name if name is not None else "Task-" + str(_task_counter[0])
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        if self._state == "PENDING":
            return "<Task pending name=" + repr(self._name) + " coro=" + repr(self._coro) + ">"
        return "<Task " + self._state.lower() + " name=" + repr(self._name) + " coro=" + repr(self._coro) + ">"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current
        loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._after_yield(result)
        finally:
            loop._current = previous

    def _after_yield(self, result):
        if isinstance(result, Future):
            if result is self:
                self._loop.call_soon(self._step, RuntimeError("Task cannot await on itself: " + repr(self)))
            elif result._asyncio_future_blocking:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    "yield was used instead of yield from in task " + repr(self) + " with " + repr(result)))
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError("Task got bad yield: " + repr(result)))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


class _Timer:
    def __init__(self, when, callback, args):
        self.when = when
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class _Handle:
    def __init__(self, callback, args):
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._time = 0.0
        self._host = {}
        self._tasks = []
        self._current = None
        self._closed = False

    def time(self):
        return self._time

    def call_soon(self, callback, *args):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args):
        timer = _Timer(when, callback, args)
        position = len(self._timers)
        while position > 0 and self._timers[position - 1].when > when:
            position -= 1
        self._timers.insert(position, timer)
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def _host_future(self, call_id):
        future = self._host.get(call_id)
        if future is None:
            future = self._host[call_id] = Future(loop=self)
        return future

    def run_until_complete(self, main):
        future = ensure_future(main, loop=self)
        while not future.done():
            self._run_once()
        return future.result()

    def _run_once(self):
        if not self._ready:
            waiting = [call_id for call_id, f in self._host.items() if not f.done()]
            if waiting:
                self._settle(_wait_for_host(sorted(waiting)))
            else:
                while self._timers and self._timers[0].cancelled:
                    self._timers.pop(0)
                if not self._timers:
                    raise RuntimeError("no task can make progress: every task is waiting for something that "
                                       "nothing will provide")
                if self._timers[0].when > self._time:
                    self._time = self._timers[0].when
        while self._timers and self._timers[0].when <= self._time:
            timer = self._timers.pop(0)
            if not timer.cancelled:
                self._ready.append(_Handle(timer.callback, timer.args))
        count = len(self._ready)
        for _ in range(count):
            handle = self._ready.pop(0)
            if not handle.cancelled:
                handle.callback(*handle.args)

    def _settle(self, results):
        for call_id in sorted(results):
            future = self._host.pop(call_id, None)
            if future is None or future.done():
                continue
            ok, value = results[call_id]
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)


def _host_future(call_id):
    return get_running_loop()._host_future(call_id)


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not _is_coroutine(main):
        raise ValueError("a coroutine was expected, got " + repr(main))
    loop = _Loop()
    _running_loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            loop._closed = True
            _running_loop = None


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for task in pending:
        task.cancel()
    gathered = gather(*pending, return_exceptions=True)
    while not gathered.done():
        loop._run_once()


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    loop = _loop_of(loop)
    call_id = _claim_host_future(obj)
    if call_id is not None:
        return loop._host_future(call_id)
    if _is_coroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return loop.create_task(_wrap_awaitable(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _loop_of(loop)._current


def all_tasks(loop=None):
    return {t for t in _loop_of(loop)._tasks if not t.done()}


class _YieldOnce:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_done, future, result)
    try:
        return await future
    finally:
        timer.cancel()


def _set_result_unless_done(future, result):
    if not future.done():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = get_running_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    seen = []
    counts = [0, 0]  # futures, finished
    state = {}

    def done_callback(fut):
        counts[1] += 1
        outer = state["outer"]
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if counts[1] == counts[0]:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._make_cancelled_error())
                else:
                    exc = child.exception()
                    results.append(exc if exc is not None else child.result())
            outer.set_result(results)

    for arg in aws:
        found = None
        for known, fut in seen:
            if known is arg:
                found = fut
        if found is None:
            found = ensure_future(arg, loop=loop)
            if loop is None:
                loop = found.get_loop()
            seen.append((arg, found))
            counts[0] += 1
            found.add_done_callback(done_callback)
        children.append(found)
    outer = _GatheringFuture(children, loop=loop)
    state["outer"] = outer
    return outer


async def wait_for(aw, timeout):
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_result_unless_done, waiter, False)
    fut.add_done_callback(lambda f: _set_result_unless_done(waiter, True))
    try:
        await waiter
    finally:
        timer.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    raise TimeoutError()


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        if self._value > 0 and not self._waiters:
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        return True

    def release(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return
        self._value += 1

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            fut = waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                return

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull()
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty()
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


def iscoroutinefunction(func):
    return _is_coroutine_function(func)
