"""What the API needs of source text before anything is compiled, in a module of its own so that
`import monty_peg` does not load the parser (monty_peg/compiler.py is imported on the first compile)."""

from __future__ import annotations

# The default bound on a program's size in characters (`Monty(..., max_source_chars=...)`), checked before
# anything else. Compiling costs 5-10 µs per character of typical code and up to 20 µs for the densest
# code (`x=1;x=1;...`) on a slow, loaded machine: 50 000 characters (some 1200 lines) compile within the
# 2 s of CPU the security suite allows an attack, whatever they hold. See docs/security.md.
MAX_SOURCE_CHARS = 50_000


def normalize_source(source: str) -> str:
    """One form for every source: str, no BOM, LF line ends, a final newline."""
    if not isinstance(source, str):
        raise TypeError(f"source code must be str, not {type(source).__name__}")
    if source.startswith("\ufeff"):
        source = source[1:]
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    if not source.endswith("\n"):
        source += "\n"
    return source
