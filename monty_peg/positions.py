"""Source offsets <-> (line, column), in O(log n) per lookup after one O(n) pass over the source.

Compile stages that need a position for an offset (f-string pieces, fields parsed in place) or an offset
for a position (is this target parenthesised?) use this rather than counting newlines from the start of
the source each time: done per f-string or per target, that costs time quadratic in the source's size.
"""

from __future__ import annotations

import bisect
import threading
from typing import List, Optional, Tuple


class _Cache(threading.local):
    source: Optional[str] = None
    starts: List[int] = []


_cache = _Cache()


def line_starts(source: str) -> List[int]:
    """The offset where each line starts (`[0]` for line 1, ...), for the source last asked about."""
    cache = _cache
    if cache.source is not source:
        starts = [0]
        find = source.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        cache.source, cache.starts = source, starts
    return cache.starts


def position(source: str, offset: int) -> Tuple[int, int]:
    """(1-based line, 0-based column) of `offset`."""
    starts = line_starts(source)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1]


def offset(source: str, line: int, col: int) -> Optional[int]:
    """The offset of 1-based `line` and 0-based `col`, or None past the last line."""
    starts = line_starts(source)
    if not 1 <= line <= len(starts):
        return None
    return starts[line - 1] + col
