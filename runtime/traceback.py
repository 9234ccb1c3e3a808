"""Guest tracebacks in CPython 3.11's text format, including chained exceptions and `~~~^^^` markers."""

from __future__ import annotations

import unicodedata
from typing import List

from .code import HIDDEN
from .values import ExcInstance, exception_str

_RECURSIVE_CUTOFF = 3


TB_KEEP = 5000  # a longer traceback shows its outermost and innermost TB_KEEP frames (runtime/vm.py too)


def frames_of(exc: ExcInstance) -> List[tuple]:
    """(code, pc) entries, outermost first, without prelude frames. Only a host-raised recursion limit
    makes more than 2 * TB_KEEP of them: then the middle is left out (a run of the same line, in
    practice, which the text shows as "[Previous line repeated N more times]", N counting what is kept),
    so reporting an error never costs more than the error's own run did."""
    tb = exc.tb
    if len(tb) > 2 * TB_KEEP:
        tb = tb[:TB_KEEP] + tb[-TB_KEEP:]
    return [(code, pc) for code, pc in reversed(tb) if not code.flags & HIDDEN]


def stack_entries(exc: ExcInstance):
    """One record per visible frame: (filename, line, col, end_line, end_col, name, source line)."""
    out = []
    for code, pc in frames_of(exc):
        line, col, end_line, end_col, _anchor = code.position(pc)
        text = code.source.line(line) if code.source is not None else None
        out.append((code.filename, line, col, end_line, end_col, code.name, text))
    return out


MESSAGE_LIMIT = 1 << 24  # an error's message is rendered for the host only if it is at most this long


def safe_exception_str(exc: ExcInstance) -> str:
    """str(exc), or what CPython's printer shows when that fails (arguments nested too deeply to render).
    A message that would be enormous (arguments holding the same list many times) is not rendered: this
    runs for the host, after the run, outside its limits."""
    try:
        args = exc.args
        if exc.text is None and not (len(args) == 1 and type(args[0]) is str):
            from .costs import repr_bound

            if repr_bound(args, MESSAGE_LIMIT) > MESSAGE_LIMIT:
                return "<exception str() failed: the message would be too long>"
        return exception_str(exc)
    except (RecursionError, MemoryError):
        return "<exception str() failed>"


def exception_line(exc: ExcInstance) -> str:
    cls = exc.cls
    name = cls.qualname
    if cls.module not in ("builtins", "__main__"):  # as CPython's printer
        name = f"{cls.module}.{name}"
    message = safe_exception_str(exc)
    lines = [f"{name}: {message}" if message else name]
    notes = exc.attrs.get("__notes__") if exc.attrs else None
    if isinstance(notes, list):
        lines.extend(str(n) for n in notes)
    return "\n".join(lines) + "\n"


def format_exception(exc: ExcInstance) -> str:
    parts = []
    seen = set()
    chain = []
    e = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if e.cause is not None:
            chain.append((e, "cause"))
            e = e.cause
        elif e.context is not None and not e.suppress_context:
            chain.append((e, "context"))
            e = e.context
        else:
            chain.append((e, None))
            e = None
    # oldest first
    for index in range(len(chain) - 1, -1, -1):
        e, _ = chain[index]
        parts.append(_format_one(e))
        if index:
            link = chain[index - 1][1]
            if link == "cause":
                parts.append("\nThe above exception was the direct cause of the following exception:\n\n")
            else:
                parts.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    return "".join(parts)


def _format_one(exc: ExcInstance) -> str:
    out = []
    frames = frames_of(exc)
    if frames:
        out.append("Traceback (most recent call last):\n")
        last = None
        repeats = 0
        for code, pc in frames:
            key = (code.filename, code.position(pc)[0], code.name)
            if key == last:
                repeats += 1
                if repeats >= _RECURSIVE_CUTOFF:
                    continue
            else:
                if repeats >= _RECURSIVE_CUTOFF:
                    out.append(_repeat_line(repeats - _RECURSIVE_CUTOFF + 1))
                repeats = 0
                last = key
            out.append(_format_frame(code, pc))
        if repeats >= _RECURSIVE_CUTOFF:
            out.append(_repeat_line(repeats - _RECURSIVE_CUTOFF + 1))
    out.append(exception_line(exc))
    return "".join(out)


def _repeat_line(count: int) -> str:
    return f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n"


def _format_frame(code, pc) -> str:
    try:
        return _format_frame_checked(code, pc)
    except (IndexError, ValueError, TypeError):  # positions from a loaded dump that do not fit the source
        line = code.position(pc)[0]
        return f'  File "{code.filename}", line {line}, in {code.name}\n'


def _format_frame_checked(code, pc) -> str:
    """One frame as CPython's C traceback printer draws it: the source line without its indentation (trailing
    whitespace kept), then markers under the failing expression unless it spans the whole line."""
    line, col, end_line, end_col, anchor = code.position(pc)
    row = [f'  File "{code.filename}", line {line}, in {code.name}\n']
    text = code.source.line(line) if code.source is not None else None
    if text is None:
        return "".join(row)
    indent = len(text) - len(text.lstrip(" \t\f"))
    row.append(f"    {text[indent:]}\n")
    if not text.strip(" \t\f") or col is None or end_col is None:
        return "".join(row)
    if end_line != line:
        end_col = len(text.rstrip(" \t\f"))
        anchor = None
    if end_col <= col:
        return "".join(row)
    segment = text[col:end_col]
    anchors = _anchors(anchor, segment, col) if anchor is not None else None
    if end_col - col == len(text) - indent and not anchors:
        return "".join(row)
    start_w = _width(text, col)
    end_w = _width(text, end_col)
    markers = []
    if anchors:
        left = start_w + _width(segment, anchors[0])
        right = start_w + _width(segment, anchors[1])
    for offset in range(indent - 3, end_w + 1):  # CPython counts from the removed indentation, minus 4
        if offset <= start_w:
            markers.append(" ")
        elif anchors and left < offset <= right:
            markers.append("^")
        else:
            markers.append("~" if anchors else "^")
    row.append("".join(markers) + "\n")
    return "".join(row)


def _anchors(anchor, segment: str, col: int):
    """CPython 3.11's operator anchors, relative to the segment: (left, right)."""
    if anchor is None:
        return None
    kind, a, b = anchor
    if kind == "binop":
        between = segment[a - col:b - col]
        offset = len(between) - len(between.lstrip())
        left = a - col + offset
        right = left + 1
        if offset + 1 < len(between) and not between[offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return left, right
    if kind == "subscript":
        left = a - col
        right = b - col + 1
        while left < len(segment) and (segment[left].isspace() or segment[left] != "["):
            left += 1
        while right < len(segment) and (segment[right].isspace() or segment[right] != "]"):
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


def _width(text: str, offset: int) -> int:
    chars = text[:offset]
    if chars.isascii():
        return len(chars)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in chars)
