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
from typing import Optional

TICK_INTERVAL = 1000  # steps between clock checks


@dataclass
class ResourceLimits:
    """Every field optional; None means no limit of that kind."""

    max_duration_secs: Optional[float] = None
    max_memory: Optional[int] = 512 * 1024 * 1024
    max_allocations: Optional[int] = None
    max_recursion_depth: Optional[int] = 1000
    max_steps: Optional[int] = None
    max_output_bytes: Optional[int] = 64 * 1024 * 1024

    @classmethod
    def coerce(cls, value) -> "ResourceLimits":
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            unknown = set(value) - set(cls.__dataclass_fields__)
            if unknown:
                raise TypeError(f"unknown limit(s): {', '.join(sorted(unknown))}")
            return cls(**value)
        raise TypeError(f"limits must be a dict or ResourceLimits, not {type(value).__name__}")


NO_LIMITS = ResourceLimits(None, None, None, None, None, None)

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


def _mb(n: float) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n:.0f} bytes"


@dataclass
class Tracker:
    limits: ResourceLimits = field(default_factory=ResourceLimits)
    steps: int = 0
    elapsed: float = 0.0  # seconds of guest execution before the current stretch
    output_bytes: int = 0
    started: Optional[float] = None

    def begin(self):
        self.started = time.perf_counter()

    def pause(self):
        if self.started is not None:
            self.elapsed += time.perf_counter() - self.started
            self.started = None

    def tick(self, steps: int):
        self.steps += steps
        lim = self.limits
        if lim.max_steps is not None and self.steps > lim.max_steps:
            raise LimitExceeded("steps", f"step limit exceeded: {self.steps} > {lim.max_steps} steps")
        if lim.max_duration_secs is not None and self.started is not None:
            total = self.elapsed + (time.perf_counter() - self.started)
            if total > lim.max_duration_secs:
                raise LimitExceeded("duration", f"time limit exceeded: {total:.2f}s > {lim.max_duration_secs}s")

    def charge_bytes(self, nbytes: int):
        cap = self.limits.max_memory
        if cap is not None and nbytes > cap:
            raise LimitExceeded("memory", f"memory limit exceeded: {_mb(nbytes)} > {_mb(cap)}")

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


def charge_bytes(nbytes: int):
    current().charge_bytes(nbytes)
