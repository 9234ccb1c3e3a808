"""The modules `import` reaches. None of them is a real Python module: each is implemented for the
sandbox and made fresh for every run.

- Native modules (`NATIVE`): a factory builds a `Module` whose values are sandbox builtins.
- Guest modules (`guest/<name>.py`): source in the subset monty_peg runs, compiled once per process
  (the API installs the compiler, since the runtime never imports it) and executed per run like any
  guest code, under the run's limits. Their frames are hidden from tracebacks, like the prelude's.
  "Compiled" is usually "loaded": the package ships their code objects (`precompile.py`,
  `_precompiled.msgpack`), used while they match the source and the compiler.

A dotted name such as `collections.abc` is the file `guest/collections.abc.py`.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

# The host modules the native files below use, imported with the runtime: a guest's `import statistics`
# then never changes the host's module table (the native files themselves are imported on first use).
import base64, binascii, calendar, csv, datetime, random, statistics  # noqa: E401,F401  isort: skip

from ..code import Code

GUEST_DIR = Path(__file__).parent / "guest"
NATIVE: Dict[str, Callable] = {}  # module name -> factory, for natives registered at import time
# Native modules implemented in runtime/stdlib/native/<file>.py, each with `make_module() -> Module`,
# imported on first use. A guest's `import x` is only ever looked up in this table: the name never
# reaches importlib unchecked.
NATIVE_FILES: Dict[str, str] = {
    "math": "math",
    "_random": "_random",
    "_time": "_time",
    "_datetime": "_datetime",
    "hashlib": "hashlib",
    "binascii": "binascii",
    "base64": "base64",
    "_csv": "_csv",
    "_statistics": "_statistics",
    "_monty_re": "re",
    "_monty_json": "json",
    "_monty_collections": "_collections",
}
compile_guest: Optional[Callable[[str, str], Code]] = None  # (source, name) -> hidden module code
_CODES: Dict[str, Code] = {}
_ALL_CODES: Dict[str, List[Code]] = {}  # module -> its code objects in a fixed order (for snapshots)
_REFS: Dict[int, Tuple[str, int]] = {}  # id(code) -> (module, position)
_FINGERPRINTS: Dict[str, bytes] = {}


def native(name: str):
    """Register a factory for a native module."""
    def register(factory):
        NATIVE[name] = factory
        return factory
    return register


def guest_names() -> list:
    return sorted(p.stem for p in GUEST_DIR.glob("*.py"))


def guest_source(name: str) -> Optional[str]:
    if name not in guest_names():
        return None
    return (GUEST_DIR / f"{name}.py").read_text(encoding="utf-8")


@contextlib.contextmanager
def _off_the_clock():
    """Compiling a guest module or importing a native file happens once per process, whatever the program:
    it is not the running program's time (its size is fixed, not the guest's to choose)."""
    from ..limits import current

    tracker = current()
    running = tracker.started is not None
    if running:
        tracker.pause()
    try:
        yield
    finally:
        if running:
            tracker.begin()


def guest_code(name: str) -> Optional[Code]:
    """The compiled module code of a guest module (cached), or None if there is no such module."""
    code = _CODES.get(name)
    if code is None:
        source = guest_source(name)
        if source is None or compile_guest is None:
            return None
        with _off_the_clock():
            code = _CODES[name] = compile_guest(source, name)
        _FINGERPRINTS[name] = hashlib.sha256(source.encode("utf-8")).digest()[:8]
        ordered, queue = [], [code]
        while queue:
            c = queue.pop(0)
            _REFS[id(c)] = (name, len(ordered))
            ordered.append(c)
            queue.extend(k for k in c.consts if isinstance(k, Code))
        _ALL_CODES[name] = ordered
    return code


def code_ref(code: Code) -> Optional[Tuple[str, int, bytes]]:
    """(module, position, source fingerprint) of a guest module's code object, or None."""
    ref = _REFS.get(id(code))
    if ref is None:
        return None
    return ref[0], ref[1], _FINGERPRINTS[ref[0]]


def code_at(name: str, position: int, fingerprint: bytes) -> Optional[Code]:
    """The code object `code_ref` named, if this process has the same module source."""
    if guest_code(name) is None or _FINGERPRINTS.get(name) != fingerprint:
        return None
    codes = _ALL_CODES[name]
    return codes[position] if 0 <= position < len(codes) else None


_FN_REFS: Dict[int, Tuple[str, str]] = {}  # id(native function) -> (module, attribute)
_NATIVE_MODULES: Dict[str, object] = {}  # module name -> the imported runtime/stdlib/native file


def make_native_module(name: str, functions: Dict[str, Callable], values: Optional[dict] = None):
    """A fresh guest module whose functions are sandbox builtins. A native module file keeps its
    functions in a module-level `FUNCTIONS` dict and builds its module with this, so that snapshots
    can name each function as (module, attribute)."""
    from ..values import Builtin, Module

    attrs = {"__name__": name}
    for attr, fn in functions.items():
        _FN_REFS[id(fn)] = (name, attr)
        attrs[attr] = Builtin(attr, fn)
    attrs.update(values or {})
    return Module(name, attrs)


def native_function_ref(fn) -> Optional[Tuple[str, str]]:
    return _FN_REFS.get(id(fn))


def native_function(module: str, attr: str):
    """The function `native_function_ref` named (None if there is none)."""
    if module not in NATIVE_FILES or native_factory(module) is None:
        return None
    functions = getattr(_NATIVE_MODULES.get(module), "FUNCTIONS", {})
    return functions.get(attr) if type(attr) is str else None


def native_factory(name: str) -> Optional[Callable]:
    factory = NATIVE.get(name)
    if factory is None and name in NATIVE_FILES:
        import importlib

        with _off_the_clock():
            module = importlib.import_module(f"{__name__}.native.{NATIVE_FILES[name]}")
        _NATIVE_MODULES[name] = module
        for attr, fn in getattr(module, "FUNCTIONS", {}).items():
            _FN_REFS[id(fn)] = (name, attr)
        factory = NATIVE[name] = module.make_module
    return factory


def exists(name: str) -> bool:
    return name in NATIVE or name in NATIVE_FILES or name in guest_names()
