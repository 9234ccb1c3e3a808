"""The CPython side of the differential fuzzer: a long-lived worker that runs programs and reports, as JSON.

Started by `fuzz.oracle.Oracle` as `python -I -X utf8 fuzz/worker.py` (isolated: no site-packages, no
project imports, PYTHONHASHSEED fixed), in a scratch directory. Each request is one program; the worker runs
it exactly as `tests/oracle.py` runs a corpus case (as `main.py`, `__name__ == "__main__"`, the value of a
final expression statement is the result) and answers with stdout, stderr, result and exception.

Resource limits (setrlimit): address space, no file writes, no new processes, and a CPU budget per program
(RLIMIT_CPU's soft limit is moved to "CPU used so far + budget" before each program; a program that
exceeds it is killed by SIGXCPU even inside a long C operation, and the parent starts a new worker).

Protocol on stdin/stdout: a 4-byte big-endian length then a UTF-8 JSON object, both ways.
Request: {"source": str, "prelude": str | null, "cpu": seconds}. Reply: the record.
A batch (the long run sends several programs per round trip): {"batch": [{"source": ..., "prelude": ...},
...], "cpu": seconds}; the worker answers with one record per program, each as its own message, as soon as
that program has run (so a program that is killed for its CPU time costs only itself and those after it).
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import os
import resource
import struct
import sys


def _limit(kind, soft, hard=None):
    try:
        cur_soft, cur_hard = resource.getrlimit(kind)
        hard = cur_hard if hard is None else hard
        if cur_hard != resource.RLIM_INFINITY:
            soft = min(soft, cur_hard)
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):  # not permitted here: the parent's timeout still applies
        pass


def sandbox(memory_bytes: int):
    _limit(resource.RLIMIT_AS, memory_bytes)
    _limit(resource.RLIMIT_FSIZE, 0)
    _limit(resource.RLIMIT_CORE, 0)
    if hasattr(resource, "RLIMIT_NPROC"):
        _limit(resource.RLIMIT_NPROC, 0)


def cpu_budget(seconds: float):
    used = resource.getrusage(resource.RUSAGE_SELF)
    now = used.ru_utime + used.ru_stime
    _limit(resource.RLIMIT_CPU, int(now + seconds) + 1)


def run_program(source: str, prelude) -> dict:
    out, err = io.StringIO(), io.StringIO()
    record = {"stdout": "", "stderr": "", "result": "None", "exception": None}
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    stdin, sys.stdin = sys.stdin, io.StringIO()  # the real stdin carries the protocol: input() sees EOF
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            _execute(source, prelude, namespace, record)
    finally:
        sys.stdin = stdin
    record["stdout"] = out.getvalue()
    record["stderr"] = err.getvalue()
    return record


def _execute(source, prelude, namespace, record):
    try:
        if prelude:
            exec(compile(prelude, "<host>", "exec", dont_inherit=True), namespace)
        tree = ast.parse(source, "main.py")
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body.pop().value)
        exec(compile(tree, "main.py", "exec", dont_inherit=True), namespace)
        if last is not None:
            record["result"] = repr(eval(compile(last, "main.py", "eval"), namespace))
    except SyntaxError as e:
        record["exception"] = [type(e).__name__, e.msg]
    except BaseException as e:  # noqa: BLE001 - report whatever the program raised
        record["exception"] = [type(e).__name__, str(e)]


def _read(stream, n):
    data = b""
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def main():
    memory = int(os.environ.get("FUZZ_WORKER_MEMORY", str(1 << 30)))
    sandbox(memory)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.setrecursionlimit(1000)
    while True:
        header = _read(stdin, 4)
        if header is None:
            return
        request = json.loads(_read(stdin, struct.unpack(">I", header)[0]).decode("utf-8"))
        cpu = float(request.get("cpu", 5))
        for item in request.get("batch") or [request]:
            _answer(stdout, item, cpu)


def _answer(stdout, item, cpu):
    cpu_budget(cpu)
    try:
        record = run_program(item["source"], item.get("prelude"))
    except MemoryError:  # outside the program's own frames
        record = {"stdout": "", "stderr": "", "result": "None", "exception": ["MemoryError", ""]}
    try:
        payload = json.dumps(record).encode("utf-8")
    except (ValueError, MemoryError):  # e.g. lone surrogates in output
        payload = json.dumps(record, ensure_ascii=True).encode("utf-8", "surrogatepass")
    stdout.write(struct.pack(">I", len(payload)) + payload)
    stdout.flush()


if __name__ == "__main__":
    main()
