"""The CPython side of the corpus: run case files as scripts and report what each did, as JSON.

Usage: python tests/oracle.py CASE.py ... > results.json. Each case runs as `main.py` with
`__name__ == "__main__"` in a fresh namespace; the value of a final expression statement is the result.
Runs under the CPython that monty_peg imitates; never imports monty_peg.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import sys


def run_case(source: str) -> dict:
    out, err = io.StringIO(), io.StringIO()
    record = {"stdout": "", "stderr": "", "result": "None", "exception": None}
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            tree = ast.parse(source, "main.py")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            exec(compile(tree, "main.py", "exec", dont_inherit=True), namespace)
            if last is not None:
                record["result"] = repr(eval(compile(last, "main.py", "eval", dont_inherit=True), namespace))
        except SyntaxError as e:
            record["exception"] = [type(e).__name__, e.msg]
        except BaseException as e:  # noqa: BLE001 - the oracle reports whatever the case raised
            record["exception"] = [type(e).__name__, str(e)]
    record["stdout"] = out.getvalue()
    record["stderr"] = err.getvalue()
    return record


def main(paths):
    results = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results[path] = run_case(f.read())
    sys.stdout.write(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
