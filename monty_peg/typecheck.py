"""Type checking of guest code against the host's stubs, with Astral's `ty`.

The host describes what it gives the program in a stub file (inputs as annotated names, host functions as
`def`s with types, type aliases), the way `Monty(code, type_check=True, type_check_stubs=STUBS)` takes
them. `ty` (PyPI package `ty`: a self-contained binary; `pip install 'monty-peg[typecheck]'`) checks the
program against them in a private temporary directory laid out as:

    main.py           line 1: `from _monty_declared import *; from _monty_stubs import *`, then the program
    _monty_stubs.pyi  the host's stubs, verbatim
    _monty_declared.pyi  `name: Any` for each declared input and a catch-all signature for each declared
                      host function, so that names the stubs leave out are known (as Any), not errors
    .venv/            an empty environment: the program resolves the standard library only

ty's diagnostics come back as JSON and are reported against the program's own lines (one less than in
main.py) and the stubs' lines. Top-level `await` is valid in monty_peg (the script runs as a coroutine),
so ty's syntax error for it is dropped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import Iterable, List, Optional

from .errors import Diagnostic, MontyTypeCheckerMissing, MontyTypingError

INSTALL_HINT = ("type checking uses Astral's ty, which is not installed; install it with "
                "`pip install 'monty-peg[typecheck]'` (or `pip install ty`), or set MONTY_PEG_TY to the "
                "path of a ty binary")
TIMEOUT = 120
_PRELUDE_LINE = "from _monty_declared import *; from _monty_stubs import *\n"
_TOP_LEVEL_AWAIT = "`await` outside of an asynchronous function"


@dataclass(frozen=True)
class TypeDiagnostic(Diagnostic):
    """A ty diagnostic: `code` is ty's rule name (`invalid-argument-type`), `filename` the guest script's
    name or the stubs' (`severity` is "error" or "warning")."""

    filename: str = "main.py"
    severity: str = "error"

    def as_dict(self) -> dict:
        d = super().as_dict()
        d["filename"] = self.filename
        d["severity"] = self.severity
        return d


def find_ty() -> str:
    """The ty binary: $MONTY_PEG_TY, the `ty` package's own, or `ty` on PATH."""
    explicit = os.environ.get("MONTY_PEG_TY")
    if explicit:
        if os.path.isfile(explicit) and os.access(explicit, os.X_OK):
            return explicit
        raise MontyTypeCheckerMissing(f"MONTY_PEG_TY={explicit!r} is not an executable file")
    try:
        from ty import find_ty_bin  # the PyPI package ships the binary and this finder

        return find_ty_bin()
    except (ImportError, FileNotFoundError):
        pass
    beside = os.path.join(os.path.dirname(sys.executable), "ty")
    if os.path.isfile(beside) and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("ty")
    if found:
        return found
    raise MontyTypeCheckerMissing(INSTALL_HINT)


def type_check(code: str, stubs: Optional[str] = None, *, script_name: str = "main.py",
               stubs_name: str = "stubs.pyi", inputs: Iterable[str] = (),
               external_functions: Iterable[str] = ()) -> List[TypeDiagnostic]:
    """ty's diagnostics for `code` checked together with `stubs`, on the program's own line numbers.

    Raises `MontyTypeCheckerMissing` when ty cannot be found."""
    ty = find_ty()
    from .parse import normalize_source

    text = normalize_source(code)
    with tempfile.TemporaryDirectory(prefix="monty-peg-ty-") as tmp:
        env_dir = os.path.join(tmp, ".venv")
        os.makedirs(os.path.join(env_dir, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}",
                                 "site-packages"))
        with open(os.path.join(env_dir, "pyvenv.cfg"), "w", encoding="utf-8") as f:
            f.write(f"home = {os.path.dirname(sys.executable)}\nversion = "
                    f"{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}\n")
        _write(tmp, "_monty_stubs.pyi", normalize_source(stubs or ""))
        _write(tmp, "_monty_declared.pyi", _declarations(inputs, external_functions))
        _write(tmp, "main.py", _PRELUDE_LINE + text)
        _write(tmp, "ty.toml", "")
        cmd = [ty, "check", "--output-format", "gitlab", "--python", env_dir, "--python-version",
               f"{sys.version_info[0]}.{sys.version_info[1]}", "--config-file", os.path.join(tmp, "ty.toml"),
               "--no-progress", "--color", "never", "main.py", "_monty_stubs.pyi"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TY_", "VIRTUAL_ENV", "CONDA_"))}
        try:
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=TIMEOUT, env=env)
        except OSError as e:
            raise MontyTypeCheckerMissing(f"cannot run ty ({ty}): {e}") from None
        except subprocess.TimeoutExpired:
            raise MontyTypingError(f"ty did not finish within {TIMEOUT} s", ()) from None
    if proc.returncode not in (0, 1):
        raise MontyTypingError(f"ty failed (exit status {proc.returncode}): {proc.stderr.strip()[-2000:]}", ())
    try:
        records = json.loads(proc.stdout or "[]")
    except ValueError:
        raise MontyTypingError(f"ty printed something other than its JSON report: {proc.stdout[:500]!r}",
                               ()) from None
    return _convert(records, script_name, stubs_name)


def check_types(code: str, stubs: Optional[str] = None, *, script_name: str = "main.py",
                stubs_name: str = "stubs.pyi", inputs: Iterable[str] = (),
                external_functions: Iterable[str] = ()) -> List[TypeDiagnostic]:
    """`type_check`, raising `MontyTypingError` if ty found an error; returns the warnings otherwise."""
    found = type_check(code, stubs, script_name=script_name, stubs_name=stubs_name, inputs=inputs,
                       external_functions=external_functions)
    errors = [d for d in found if d.severity == "error"]
    if errors:
        first = errors[0]
        raise MontyTypingError(f"{first.filename}:{first.line}:{first.column}: {first.code} {first.message}"
                               + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""),
                               tuple(found), sources={script_name: code, stubs_name: stubs or ""})
    return found


def _write(directory: str, name: str, text: str) -> None:
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(text)


def _declarations(inputs: Iterable[str], external_functions: Iterable[str]) -> str:
    lines = ["from typing import Any\n"]
    for name in inputs:
        if name.isidentifier():
            lines.append(f"{name}: Any\n")
    for name in external_functions:
        if name.isidentifier():
            lines.append(f"def {name}(*args: Any, **kwargs: Any) -> Any: ...\n")
    return "".join(lines)


_SEVERITY = {"blocker": "error", "critical": "error", "major": "error", "minor": "warning", "info": "warning"}


def _convert(records: list, script_name: str, stubs_name: str) -> List[TypeDiagnostic]:
    out = []
    for r in records:
        rule = r.get("check_name") or "ty"
        message = r.get("description") or ""
        if message.startswith(rule + ": "):
            message = message[len(rule) + 2:]
        if rule == "invalid-syntax" and _TOP_LEVEL_AWAIT in message:
            continue
        location = r.get("location") or {}
        path = os.path.basename(location.get("path") or "")
        positions = location.get("positions") or {}
        begin = positions.get("begin") or {}
        end = positions.get("end") or begin
        line, column = int(begin.get("line", 1)), int(begin.get("column", 1))
        end_line, end_column = int(end.get("line", line)), int(end.get("column", column + 1))
        if path == "main.py":
            if line <= 1:  # the line that imports the stubs: a problem with the stubs themselves
                filename, line, end_line = stubs_name, 1, 1
            else:
                filename, line, end_line = script_name, line - 1, max(end_line - 1, line - 1)
        elif path == "_monty_stubs.pyi":
            filename = stubs_name
        else:
            filename = path or "?"
        out.append(TypeDiagnostic(rule, message, line, column, end_line, max(end_column, column + 1), None,
                                  "TypeError", filename, _SEVERITY.get(r.get("severity"), "error")))
    out.sort(key=lambda d: (d.filename != script_name, d.filename, d.line, d.column))
    return out
