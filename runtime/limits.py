"""Resource limits and the tracker that enforces them.

One tracker per execution. The VM calls `tick()` on loop back-edges and guest calls (a countdown keeps
that cheap); operations whose cost their operands control are charged before they run (`charge_*`).
Exceeding a limit raises `LimitExceeded`, which the VM turns into a guest exception that no `except`
can catch.
"""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Optional

TICK_INTERVAL = 1000  # steps between clock checks (at most; fewer while the guest's heap is large)
FIRST_TICK = 10  # steps before the first check (large data made early sets a shorter interval from then on)
# One step can touch the whole heap (`x in big_list`, `s == t`, `s.count(c)`), so the clock is read more often
# while the heap is big: about every TICK_HEAP_BYTES / heap steps, so that the work between two checks stays
# bounded by about TICK_HEAP_BYTES bytes touched however large each step is.
TICK_HEAP_BYTES = 1 << 29
# Native work on large data (copying, converting, building results) is charged as it is done: every
# WORK_BYTES_PER_STEP bytes count as one step, and the limits (clock included) are checked at least every
# WORK_CHECK_BYTES bytes, so a few expensive steps cannot run far past the time limit.
WORK_BYTES_PER_STEP = 1024
WORK_CHECK_BYTES = 1 << 21
# Small results of natives (a short split(), a short repr) are not charged one by one: they are added up here
# (process-wide, cheaply) and taken into `Tracker.unmeasured` at the next tick.
PENDING = [0]
ALLOCATION_BYTES = 64  # what each small allocation the VM counts may add to the heap (see `unmeasured`)
# Methods that grow a container by one item: both tiers count a call of one as an allocation (the item and
# its slot), so growth made of many small stores raises the estimate and brings the next measurement forward.
GROWING_METHODS = frozenset({"append", "add", "insert", "setdefault", "appendleft"})
OVER_LIMIT_WAIT = 2  # while the estimate is over the limit, measure again after measured objects / this
#                       steps, or once what was counted since is 1 / this of what was measured
_INF = float("inf")


@dataclass
class ResourceLimits:
    """Every field optional; None means no limit of that kind."""

    max_duration_secs: Optional[float] = None
    max_memory: Optional[int] = 512 * 1024 * 1024
    max_allocations: Optional[int] = None
    max_recursion_depth: Optional[int] = 1000
    max_steps: Optional[int] = None
    max_output_bytes: Optional[int] = 64 * 1024 * 1024

    def __post_init__(self):
        # (one pass over the values; a snapshot load makes one of these, so the check is kept cheap)
        for v in _limit_values(self):
            if v is not None and not ((type(v) is int or type(v) is float) and 0 <= v < _INF):
                self._refuse()

    def _refuse(self):
        """Raise for the first field that is not None or a finite number >= 0 (NaN fails `0 <= v`)."""
        for name in self.__dataclass_fields__:
            v = getattr(self, name)
            if v is None:
                continue
            if type(v) is not int and type(v) is not float:
                raise TypeError(f"limit {name} must be a number or None, not {type(v).__name__}")
            if v != v or v < 0 or v == _INF:
                raise ValueError(f"limit {name} must be a finite number >= 0 (or None for no limit), not {v!r}")

    @classmethod
    def coerce(cls, value) -> "ResourceLimits":
        if value is None:
            return DEFAULT_LIMITS
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            unknown = set(value) - set(cls.__dataclass_fields__)
            if unknown:
                raise TypeError(f"unknown limit(s): {', '.join(sorted(unknown))}")
            return cls(**value)
        raise TypeError(f"limits must be a dict or ResourceLimits, not {type(value).__name__}")


_limit_values = attrgetter(*ResourceLimits.__dataclass_fields__)  # (every field's value, in one C call)


NO_LIMITS = ResourceLimits(None, None, None, None, None, None)
DEFAULT_LIMITS = ResourceLimits()  # (shared: nothing changes a ResourceLimits after it is made)

_EXCEPTION = {
    "duration": "TimeoutError", "memory": "MemoryError", "allocations": "MemoryError",
    "steps": "TimeoutError", "output": "MemoryError", "recursion": "RecursionError",
}


class LimitExceeded(Exception):
    def __init__(self, limit: str, message: str):
        super().__init__(message)
        self.limit = limit
        self.message = message

    @property
    def exc_type(self) -> str:
        return _EXCEPTION[self.limit]


HOST_OUT_OF_MEMORY = LimitExceeded("memory", "memory limit exceeded: the host could not allocate memory")


def _mb(n: float) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n:.0f} bytes"


# While the estimate is under the limit, live memory is measured again (to drop garbage from the estimate
# and see growth nothing counted) no sooner than:
MEASURE_MIN_STEPS = 50_000  # this many steps after the last measurement...
MEASURE_PER_OBJECT = 16  # ...and this many steps per object (or reference) it walked (before the first: per
#                          ALLOCATION_BYTES of the estimate), so measuring costs a small fraction of the run...
GROWTH_PER_STEP = 4096  # ...and not before the heap could have reached the limit: what one (weighted) step
#                         can add without being charged is small (a step is at most ~32 instructions, each
#                         making at most one small object; anything bigger is charged when it is made), so
#                         while the limit is far away the walk waits until headroom / GROWTH_PER_STEP steps


@dataclass
class Tracker:
    """One execution's budgets. `measurer()` returns (live bytes, live objects) of the guest's heap."""

    limits: ResourceLimits = field(default_factory=ResourceLimits)
    steps: int = 0
    elapsed: float = 0.0  # seconds of guest execution before the current stretch
    output_bytes: int = 0
    allocations: int = 0
    started: Optional[float] = None
    memory: int = 0  # estimate: the last measurement plus what was charged since
    inflight: int = 0  # bytes of results being built by a native that are not reachable yet
    measured_at: int = 0  # steps at the last measurement
    measured_objects: int = 0
    measured_bytes: int = 0  # what the last measurement found live
    work: int = 0  # bytes of native work charged since the limits were last checked
    unmeasured: int = 0  # a guess at what small (uncharged) allocations added since the last measurement
    building: int = 0  # natives building a result out of sight (see `begin_building`)
    nested_text: int = 0  # text guest __repr__/__str__ methods gave natives since the VM's last tick
    building_base: int = 0
    measurer: Optional[object] = field(default=None, repr=False, compare=False)

    def begin(self):
        self.started = time.perf_counter()

    def pause(self):
        if self.started is not None:
            self.elapsed += time.perf_counter() - self.started
            self.started = None

    def duration(self) -> float:
        if self.started is None:
            return self.elapsed
        return self.elapsed + (time.perf_counter() - self.started)

    def tick(self, steps: int, measure: bool = True):
        self.steps += steps
        lim = self.limits
        if lim.max_steps is not None and self.steps > lim.max_steps:
            raise LimitExceeded("steps", f"step limit exceeded: {self.steps} > {lim.max_steps} steps")
        if lim.max_duration_secs is not None and self.started is not None:
            total = self.elapsed + (time.perf_counter() - self.started)
            if total > lim.max_duration_secs:
                raise LimitExceeded("duration", f"time limit exceeded: {total:.2f}s > {lim.max_duration_secs}s")
        if lim.max_allocations is not None and self.allocations > lim.max_allocations:
            raise LimitExceeded("allocations", f"allocation limit exceeded: {self.allocations} > "
                                               f"{lim.max_allocations} allocations")
        if PENDING[0]:
            self.unmeasured += PENDING[0]
            PENDING[0] = 0
        cap = lim.max_memory
        if measure and cap is not None and self.measurer is not None:
            since = self.steps - self.measured_at
            estimate = self.memory + self.unmeasured
            if estimate > cap:
                if since >= self.measured_objects // OVER_LIMIT_WAIT or \
                        self.unmeasured * OVER_LIMIT_WAIT >= self.measured_bytes:
                    self.remeasure()
            elif since >= MEASURE_MIN_STEPS and since >= (cap - estimate) // GROWTH_PER_STEP and \
                    since >= MEASURE_PER_OBJECT * max(self.measured_objects, estimate // ALLOCATION_BYTES):
                self.remeasure()

    def check_clock(self):
        """Only the time limit (e.g. while measuring a large heap)."""
        cap = self.limits.max_duration_secs
        if cap is not None and self.started is not None:
            total = self.elapsed + (time.perf_counter() - self.started)
            if total > cap:
                raise LimitExceeded("duration", f"time limit exceeded: {total:.2f}s > {cap}s")

    def count_allocations(self, n: int):
        """The VM made `n` small allocations (frames, displays...) since its last tick."""
        self.allocations += n
        self.unmeasured += n * ALLOCATION_BYTES

    def interval(self) -> int:
        """Steps until the next check of the limits: fewer while the (estimated) heap is large."""
        mem = self.memory
        if mem <= TICK_HEAP_BYTES // TICK_INTERVAL:
            return TICK_INTERVAL
        return max(1, TICK_HEAP_BYTES // mem)

    def charge_work(self, nbytes: int):
        """A native operation is about to touch about `nbytes` bytes: count it as steps, and check the
        limits (the clock included) once enough work has been done since the last check."""
        work = self.work + nbytes
        if work < WORK_CHECK_BYTES:
            self.work = work
            return
        self.work = 0
        self.tick(work // WORK_BYTES_PER_STEP, False)  # (charge_bytes measures when the estimate says so)

    def remeasure(self, extra: int = 0):
        """Measure the live heap; raise if it (plus `extra` about to be allocated) is over the limit."""
        cap = self.limits.max_memory
        if self.measurer is not None:
            live, objects = self.measurer()
            self.measured_objects = objects
            self.measured_bytes = live
        else:
            live = 0
        self.measured_at = self.steps
        self.unmeasured = 0
        self.memory = live + self.inflight + extra
        if cap is not None and self.memory > cap:
            raise LimitExceeded("memory", f"memory limit exceeded: {_mb(self.memory)} > {_mb(cap)}")

    def charge_bytes(self, nbytes: int):
        """An operation is about to allocate about `nbytes` (and so to do about that much work)."""
        cap = self.limits.max_memory
        if cap is not None and nbytes > cap:
            raise LimitExceeded("memory", f"memory limit exceeded: {_mb(nbytes)} > {_mb(cap)}")
        self.charge_work(nbytes)
        if cap is None:
            return
        self.allocations += 1
        self.memory += nbytes
        if self.building:
            self.inflight += nbytes
        if self.memory > cap:
            self.remeasure(nbytes)

    def charge_inflight(self, nbytes: int):
        """A native is building a result that is not reachable yet (e.g. list() over a long iterator)."""
        if not self.building:
            self.inflight += nbytes
        self.charge_bytes(nbytes)

    def charge_nested_text(self, nbytes: int):
        """A guest `__repr__` / `__str__` returned `nbytes` of text to a native (the repr of a list holding
        the object, a `%s`): the native copies it into a result that measuring cannot see. The text given
        since the VM's last tick at top level counts as in flight."""
        self.nested_text += nbytes
        self.charge_work(nbytes)
        cap = self.limits.max_memory
        if cap is not None and self.memory + self.nested_text > cap:
            saved, self.inflight = self.inflight, self.inflight + self.nested_text
            try:
                self.remeasure()
            finally:
                self.inflight = saved

    def begin_building(self):
        """A native starts building a result that measuring cannot see (`list(map(f, ...))`, the keys of a
        sort): until the matching `end_building`, whatever is charged stays counted even when the heap is
        measured. Nested and interleaved uses are fine: the charges are dropped when the last one ends."""
        if not self.building:
            self.building_base = self.inflight
        self.building += 1

    def end_building(self):
        self.building -= 1
        if not self.building:
            self.inflight = self.building_base

    def charge_output(self, nbytes: int):
        self.output_bytes += nbytes
        cap = self.limits.max_output_bytes
        if cap is not None and self.output_bytes > cap:
            raise LimitExceeded("output", f"output limit exceeded: {_mb(self.output_bytes)} > {_mb(cap)}")


class _Current(threading.local):
    tracker: Optional[Tracker] = None


_current = _Current()
_DEFAULT = Tracker()


def current() -> Tracker:
    return _current.tracker or _DEFAULT


def set_current(tracker: Optional[Tracker]) -> Optional[Tracker]:
    previous = _current.tracker
    _current.tracker = tracker
    return previous


def charge_sequence(seq, times: int):
    if 0 < times <= sys.maxsize:  # larger counts: CPython raises OverflowError itself
        item = 8 if isinstance(seq, (list, tuple)) else 1
        current().charge_bytes(len(seq) * times * item)


def charge_bits(bits: int):
    current().charge_bytes(bits // 8)


# Native work that cannot be interrupted once started is estimated first and refused when it obviously
# cannot finish in the time left. The constants are deliberately generous (measured on a slow machine).
_BIGINT_REF_BITS = 1.5e6
_BIGINT_REF_SECONDS = 0.15
_SORT_SECONDS_PER_STEP = 5e-8


def check_native_time(seconds: float, what: str):
    tracker = current()
    cap = tracker.limits.max_duration_secs
    if cap is None or seconds < 0.05:
        return
    left = cap - tracker.duration()
    if seconds > left:
        raise LimitExceeded("duration", f"time limit exceeded: {what} would take about {seconds:.1f}s, "
                                        f"{max(left, 0):.2f}s of {cap}s left")


def check_bigint_work(bits: int, what: str = "this big-integer operation"):
    if bits > 1 << 20:
        check_native_time(_BIGINT_REF_SECONDS * (bits / _BIGINT_REF_BITS) ** 1.585, what)


def check_sort_work(n: int):
    if n > 1 << 16:
        check_native_time(_SORT_SECONDS_PER_STEP * n * n.bit_length(), f"sorting {n} items")


def charge_bytes(nbytes: int):
    current().charge_bytes(nbytes)


def charge_work(nbytes: int):
    current().charge_work(nbytes)


METER_CHUNK = 1 << 14


def metered(iterable, item_bytes: int = 16):
    """Iterate a native iterable of unbounded length (a huge range, a map over one) while counting the work
    as steps and the items as memory in flight, so the limits can stop a single builtin call."""
    tracker = current()
    n = 0
    tracker.begin_building()  # what the consumer builds from the items (and what they hold) is in flight
    try:
        for x in iterable:
            yield x
            n += 1
            if not n % METER_CHUNK:
                tracker.tick(METER_CHUNK)
                if item_bytes:
                    tracker.charge_bytes(METER_CHUNK * item_bytes)
    finally:
        tracker.end_building()
