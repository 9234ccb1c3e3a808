"""Precompiled guest stdlib and prelude: code objects shipped in the package, so that a fresh process loads
them instead of parsing and compiling the sources (the parser does ~5k lines/s; the guest stdlib is ~10k
lines, the prelude ~600).

`_precompiled.msgpack`, next to this file, holds one entry per guest module (`guest/<name>.py`) and one for
the prelude (`<prelude>`, monty_peg/prelude.py SOURCE). Each entry is keyed by a hash of its source text and
by the *compiler fingerprint*, a hash of every file whose changes alter compiled code (the parser and its
tables, lowering, resolution, code generation, the Code class and the opcode numbering). An entry whose key
does not match the current sources is ignored and the module is compiled from source as before: correct,
just slower. The fingerprint is computed once per process, when the artifact is first consulted.

The code objects are in the snapshot codec's form (runtime/snapshot.py `encode_code`), one list per module
in the order `program_codes` gives, which is the order stdlib `code_ref`/`code_at` and the prelude index
use: loaded code gives the same positions and the same prelude fingerprint as code compiled from source.

The data is trusted: it is package data, written by this script at development time and never read from a
user-writable location (docs/decisions/0006-precompiled-stdlib.md). Its code runs with the privileges of
guest stdlib / prelude code, so it must never come from anywhere else. That is also why loading it skips
the bytecode verifier and the operand checks that snapshots (untrusted input) go through.

Regenerate after changing a guest module, the prelude or the compiler:

    .venv/bin/python -m monty_peg.runtime.stdlib.precompile

(tests/test_precompiled.py fails while the checked-in file is stale.)

The runtime never imports the compiler: the API layer (monty_peg/api.py) calls `load()` before compiling a
guest module or the prelude. Only `build()` and `main()`, used at development time, import the compiler.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Dict, Optional, Set

import msgpack

from ..code import Code, Source

ARTIFACT = Path(__file__).parent / "_precompiled.msgpack"
FORMAT = 1  # this file's layout; bump it when the layout (not the codes) changes
PRELUDE = "<prelude>"  # the prelude's entry name (no guest module name has angle brackets)
REGENERATE = "python -m monty_peg.runtime.stdlib.precompile"

_RUNTIME_DIR = Path(__file__).resolve().parent.parent
# The files whose changes alter compiled code, relative to the monty_peg package directory (compiler) and
# the runtime package directory. errors.py, linter.py, subset.py, typecheck.py and api.py do not take part.
COMPILER_FILES = ("parse.py", "lexer.py", "source.py", "lower.py", "resolve.py", "codegen.py", "compiler.py", "fstrings.py",
                  "patterns.py", "strings.py", "ir.py", "positions.py", "_parser.py", "_parser_tables.msgpack")
# (.py files are hashed with CRLF line ends read as LF, so a Windows checkout does not make every entry stale)
RUNTIME_FILES = ("code.py", "opcodes.py")

ENABLED = True  # False: always compile from source (tests compare the two)

_STATE: Dict[str, object] = {}  # "entries" (name -> entry) and "compiler" (fingerprint), read once
LOADED: Set[str] = set()  # the names this process loaded from the artifact (for tests and diagnostics)


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def compiler_fingerprint() -> str:
    """A hash of the compiler files and of the code format (computed once per process)."""
    fingerprint = _STATE.get("compiler")
    if fingerprint is None:
        from ..snapshot import CODE_VERSION as VERSION  # (code entries' layout, not the snapshot format's)

        compiler_dir = Path(sys.modules["monty_peg"].__file__).resolve().parent
        h = hashlib.sha256(f"format {FORMAT} codec {VERSION}\n".encode())
        for directory, names in ((compiler_dir, COMPILER_FILES), (_RUNTIME_DIR, RUNTIME_FILES)):
            for name in names:
                path = directory / name
                data = path.read_bytes().replace(b"\r\n", b"\n") if path.exists() else b"<missing>"
                h.update(f"{directory.name}/{name} {len(data)}\n".encode())
                h.update(data)
        fingerprint = _STATE["compiler"] = h.hexdigest()[:32]
    return fingerprint


def _entries() -> dict:
    entries = _STATE.get("entries")
    if entries is None:
        entries = {}
        try:
            doc = msgpack.unpackb(ARTIFACT.read_bytes(), raw=False)
            if isinstance(doc, dict) and doc.get("format") == FORMAT and isinstance(doc.get("entries"), dict):
                entries = doc["entries"]
        except (OSError, ValueError, msgpack.UnpackException):
            entries = {}  # no artifact (or a broken one): everything compiles from source
        _STATE["entries"] = entries
    return entries


def load(name: str, source: str, text: str, filename: str) -> Optional[Code]:
    """The precompiled module code of `name` (a guest module or PRELUDE), or None if the artifact has no
    entry for exactly this source and this compiler. `text` is the normalized source (the Source the code
    objects point at for traceback lines), `filename` the one the code was compiled under."""
    if not ENABLED or not is_current(name, source):
        return None
    try:
        code = decode_codes(_entries()[name]["codes"], Source(filename, text))
    except Exception:  # noqa: BLE001  a codec change the fingerprint missed: compile from source instead
        return None
    LOADED.add(name)
    return code


def is_current(name: str, source: str) -> bool:
    """Whether the artifact's entry for `name` matches this source and this compiler."""
    entry = _entries().get(name)
    return isinstance(entry, dict) and entry.get("source") == source_hash(source) \
        and entry.get("compiler") == compiler_fingerprint()


def decode_codes(data: bytes, source: Source) -> Code:
    from ..snapshot import _UNPACK_OPTIONS, Decoder

    class TrustedCodeDecoder(Decoder):
        verify = False  # package data, written by build(): see the module docstring

        def __init__(self, n: int):  # only the code-object half of Decoder (no prelude, no heap)
            self.codes = [None] * n
            self.source = source

    raw = msgpack.unpackb(data, **_UNPACK_OPTIONS)
    decoder = TrustedCodeDecoder(len(raw))
    decoder._decode_codes(raw)
    return decoder.codes[0]


def encode_codes(module_code: Code) -> bytes:
    """A module's code objects in the snapshot codec's form, in `program_codes` order."""
    from ..snapshot import Encoder, encode_code, program_codes

    codes = program_codes(module_code)

    class CodeEncoder(Encoder):
        def __init__(self):  # only code references within the module (no prelude, no stdlib, no heap)
            self.code_index = {id(c): i for i, c in enumerate(codes)}
            self.prelude_index, self.prelude_globals = {}, None
            self.objects, self.index, self.pending, self.keep = [], {}, [], []

    encoder = CodeEncoder()
    encoded = [encode_code(c, encoder) for c in codes]
    if encoder.objects:
        raise ValueError("module constants must be plain values")
    for entry in encoded:
        entry[12] = [_canonical_const(k) for k in entry[12]]
    return msgpack.packb(encoded, use_bin_type=True, unicode_errors="surrogatepass")


def _canonical_const(k):
    """An encoded constant with its frozensets' items sorted: a frozenset of strings iterates in an order that
    depends on the process's hash seed, and the artifact must not (the test regenerates it and compares)."""
    if type(k) is list and len(k) == 2 and k[0] in ("t", "f") and type(k[1]) is list:
        items = [_canonical_const(x) for x in k[1]]
        if k[0] == "f":
            items.sort(key=lambda x: msgpack.packb(x, use_bin_type=True, unicode_errors="surrogatepass"))
        return [k[0], items]
    return k


def sources() -> Dict[str, str]:
    """name -> source text of everything the artifact holds: every guest module, then the prelude."""
    from . import guest_names, guest_source
    from monty_peg import prelude

    out = {name: guest_source(name) for name in guest_names()}
    out[PRELUDE] = prelude.SOURCE
    return out


def build() -> dict:
    """The artifact's document, compiled from the current sources (needs the compiler)."""
    from monty_peg.api import _compile_guest_module, _compile_prelude

    fingerprint = compiler_fingerprint()
    entries = {}
    for name, source in sources().items():
        code = _compile_prelude(precompiled=False) if name == PRELUDE else _compile_guest_module(source, name, precompiled=False)
        entries[name] = {"source": source_hash(source), "compiler": fingerprint, "codes": encode_codes(code)}
    return {"format": FORMAT, "entries": entries}


def pack(document: dict) -> bytes:
    return msgpack.packb(document, use_bin_type=True)


def main(argv=None) -> int:
    data = pack(build())
    old = ARTIFACT.read_bytes() if ARTIFACT.exists() else None
    if old == data:
        print(f"{ARTIFACT} is up to date")
    else:
        ARTIFACT.write_bytes(data)
        print(f"wrote {ARTIFACT} ({len(data)} bytes)")
    _STATE.pop("entries", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
