"""The compile pipeline: source text → parse (with lowering) → resolve → codegen → `Code`.

Each stage appends `Diagnostic`s; the first, in source order, becomes the `MontySyntaxError`.
"""

from __future__ import annotations

from typing import List, Optional

from monty_peg.runtime.code import HIDDEN, Code, Source

from .codegen import generate
from .errors import Diagnostic, MontySyntaxError
from .parse import MAX_SOURCE_CHARS, normalize_source, parse_module, source_line, source_too_long
from .resolve import resolve


def diagnose(source: str, filename: str = "main.py", max_chars: Optional[int] = MAX_SOURCE_CHARS):
    """(code or None, diagnostics): every problem the compiler finds, without raising. A source longer
    than `max_chars` characters (None: no limit) is refused before anything else is done with it."""
    if max_chars is not None and isinstance(source, str) and len(source) > max_chars:
        return None, [source_too_long(len(source), max_chars)], ""
    text = normalize_source(source)
    diagnostics: List[Diagnostic] = []
    code = None
    try:
        module = parse_module(text, filename, diagnostics, max_chars=None)
        if module is not None:
            resolution = resolve(module, diagnostics)
            try:
                if not diagnostics:
                    code = generate(module, resolution, Source(filename, text), diagnostics)
            finally:
                resolution.release()
    except RecursionError:
        # The resolver and code generator recurse on nesting, which the parser bounds (200 levels of
        # expressions and brackets, 100 of indentation): a few hundred frames. A host that compiles from
        # deep inside its own stack may not have them left; that is CPython's "during compilation" error.
        code = None
        diagnostics[:] = [Diagnostic("E004", "maximum recursion depth exceeded during compilation", 1, 1, 1, 1,
                                     "too little of the host's stack is left to compile this program",
                                     "RecursionError")]
    diagnostics.sort(key=lambda d: (d.line, d.column))
    return (code if not diagnostics else None), diagnostics, text


def compile_source(source: str, filename: str = "main.py", max_chars: Optional[int] = MAX_SOURCE_CHARS) -> Code:
    code, diagnostics, text = diagnose(source, filename, max_chars)
    if diagnostics:
        first = diagnostics[0]
        raise MontySyntaxError(first, filename, source_line(text, first.line), tuple(diagnostics))
    return code


def mark_hidden(code: Code) -> Code:
    stack = [code]
    while stack:
        c = stack.pop()
        c.flags |= HIDDEN
        stack.extend(k for k in c.consts if isinstance(k, Code))
    return code
