"""Run programs in CPython through a long-lived sandboxed worker process (`fuzz/worker.py`)."""

from __future__ import annotations

import atexit
import json
import os
import select
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional, Tuple

WORKER = Path(__file__).with_name("worker.py")


class Oracle:
    """One CPython worker. `run(source)` returns the record, or a record with "status" "timeout"/"crash".

    The worker is restarted after a timeout or crash, and every `recycle` programs (to bound any state
    that leaks between programs, such as interned strings or a fragmented heap).
    """

    def __init__(self, cpu_seconds: float = 3.0, wall_seconds: float = 10.0, memory_bytes: int = 1 << 30,
                 recycle: int = 5000):
        self.cpu_seconds = cpu_seconds
        self.wall_seconds = wall_seconds
        self.memory_bytes = memory_bytes
        self.recycle = recycle
        self.proc: Optional[subprocess.Popen] = None
        self.count = 0
        self.restarts = 0
        self.scratch = tempfile.mkdtemp(prefix="monty-fuzz-")
        atexit.register(self.close)

    def _start(self):
        env = {
            "PYTHONHASHSEED": "0",
            "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1",
            "FUZZ_WORKER_MEMORY": str(self.memory_bytes),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
        }
        self.proc = subprocess.Popen([sys.executable, "-I", "-X", "utf8", str(WORKER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=self.scratch,
                                     env=env, bufsize=0)
        self.count = 0

    def close(self):
        if self.proc is not None:
            try:
                self.proc.kill()
                self.proc.wait(timeout=5)
            except Exception:  # noqa: BLE001 - best effort
                pass
            self.proc = None

    def run(self, source: str, prelude: Optional[str] = None) -> dict:
        if self.proc is None or self.proc.poll() is not None or self.count >= self.recycle:
            self.close()
            self._start()
        self.count += 1
        payload = json.dumps({"source": source, "prelude": prelude, "cpu": self.cpu_seconds}).encode("utf-8")
        try:
            self.proc.stdin.write(struct.pack(">I", len(payload)) + payload)
            header = self._read(4)
            if header is None:
                return self._failed()
            body = self._read(struct.unpack(">I", header)[0])
            if body is None:
                return self._failed()
        except (BrokenPipeError, OSError):
            return self._failed()
        record = json.loads(body.decode("utf-8"))
        record["status"] = "ok"
        return record

    def run_many(self, programs: List[Tuple[str, Optional[str]]]) -> List[dict]:
        """The records of several `(source, prelude)` programs, sent in one request (the worker answers
        each as it finishes). A program that times out or crashes the worker is reported as `run` reports
        it; the programs after it are sent again to a fresh worker."""
        records: List[dict] = []
        while len(records) < len(programs):
            todo = programs[len(records):]
            if self.proc is None or self.proc.poll() is not None or self.count >= self.recycle:
                self.close()
                self._start()
            self.count += len(todo)
            payload = json.dumps({"batch": [{"source": s, "prelude": p} for s, p in todo],
                                  "cpu": self.cpu_seconds}).encode("utf-8")
            try:
                self.proc.stdin.write(struct.pack(">I", len(payload)) + payload)
            except (BrokenPipeError, OSError):
                records.append(self._failed())
                continue
            for _ in todo:
                record = self._receive()
                records.append(record)
                if record["status"] != "ok":
                    break  # the worker is gone: the rest go to a new one
        return records

    def _receive(self) -> dict:
        try:
            header = self._read(4)
            body = None if header is None else self._read(struct.unpack(">I", header)[0])
        except OSError:
            body = None
        if body is None:
            return self._failed()
        record = json.loads(body.decode("utf-8"))
        record["status"] = "ok"
        return record

    def _read(self, n: int) -> Optional[bytes]:
        out = self.proc.stdout
        data = b""
        while len(data) < n:
            ready, _, _ = select.select([out], [], [], self.wall_seconds)
            if not ready:
                return None
            chunk = os.read(out.fileno(), n - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def _failed(self) -> dict:
        """The worker died (SIGXCPU, out of memory) or took too long: inconclusive."""
        code = self.proc.poll() if self.proc else None
        self.close()
        self.restarts += 1
        status = "timeout" if code in (None, -24, -9) else "crash"  # -24: SIGXCPU
        return {"status": status, "stdout": "", "stderr": "", "result": "None",
                "exception": ["<worker " + status + f" {code}>", ""]}


_shared: Optional[Oracle] = None


def shared() -> Oracle:
    """A process-wide oracle, closed at exit."""
    global _shared
    if _shared is None:
        _shared = Oracle()
    return _shared
