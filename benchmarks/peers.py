"""The peers' side of the benchmark, run by `python -m benchmarks` in a subprocess with the interpreter of the
venv where the peers are installed (`--peers-python`): they are never dependencies of monty_peg.

Reads {"quick": bool, "repeat": int, "names": [...]} on stdin; prints one line of JSON:
{peer: {"error": "not installed"} | {"workloads": {name: {"best", "median", "cpython"} | {"skipped": why}}}}.
A peer that cannot run a workload, or gives a result other than CPython's, is skipped for it.
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from .workloads import build


def _time(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def _cpython(w):
    import ast

    tree = ast.parse(w.source)
    tree.body[-1] = ast.Assign(targets=[ast.Name("__result__", ast.Store())], value=tree.body[-1].value)
    code = compile(ast.fix_missing_locations(tree), "main.py", "exec")

    def run():
        ns = {"__name__": "__main__", **w.inputs, **w.hosts}
        exec(code, ns)
        return ns["__result__"]

    return run


def _smolagents():
    from smolagents.local_python_executor import LocalPythonExecutor

    def make(w):
        executor = LocalPythonExecutor(additional_authorized_imports=[], max_print_outputs_length=None)
        executor.send_tools(dict(w.hosts))

        def run():
            executor.state.clear()  # a fresh run each time (the executor keeps its globals)
            executor.send_variables(dict(w.inputs))
            return executor(w.source).output

        return run

    return make


def _asteval():
    from asteval import Interpreter

    def make(w):
        def run():
            interp = Interpreter(no_print=True)
            interp.symtable.update(w.inputs)
            interp.symtable.update(w.hosts)
            value = interp(w.source, raise_errors=True)
            if interp.error:
                raise RuntimeError(interp.error[0].get_error())
            return value

        return run

    return make


def _pydantic_monty():
    import pydantic_monty

    pool = pydantic_monty.Monty().__enter__()  # worker subprocesses; left to exit with this process

    def make(w):
        session = pool.checkout().__enter__()

        def run():
            return session.feed_run(w.source, inputs=dict(w.inputs), external_lookup=dict(w.hosts))

        return run

    return make


_PEERS = {"smolagents": _smolagents, "asteval": _asteval, "pydantic-monty": _pydantic_monty}


def main():
    request = json.loads(sys.stdin.read())
    workloads = [w for w in build(request["quick"]) if w.name in request["names"]]
    repeat = request["repeat"]
    report = {}
    for peer, factory in _PEERS.items():
        try:
            make = factory()
        except ImportError:
            report[peer] = {"error": "not installed"}
            continue
        except Exception as e:  # noqa: BLE001
            report[peer] = {"error": f"failed to start: {type(e).__name__}: {e}"[:200]}
            continue
        results = {}
        for w in workloads:
            c_best = _time(_cpython(w), repeat)[0]
            expected = _cpython(w)()
            try:
                run = make(w)
                first, _, got = _time(run, 1)
                if got != expected or type(got) is not type(expected):
                    results[w.name] = {"skipped": f"result differs from CPython: {got!r}"[:200]}
                    continue
                if first > 1.0:  # a slow peer: the checked run is its measurement (one run)
                    best, median, runs = first, first, 1
                else:
                    best, median, _ = _time(run, repeat)
                    runs = repeat
                results[w.name] = {"best": best, "median": median, "cpython": c_best, "runs": runs}
            except BaseException as e:  # noqa: BLE001 - peers signal unsupported features in many ways
                if isinstance(e, KeyboardInterrupt):
                    raise
                results[w.name] = {"skipped": f"{type(e).__name__}: {e}".replace("\n", " ")[:200]}
        report[peer] = {"workloads": results}
    sys.stdout.flush()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
