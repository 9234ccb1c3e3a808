"""The audit of generated code: every module the compiled tier generates is checked as text, compiled, and
accepted only if the code objects `compile()` made have the shapes the translator emits
(`runtime/translate.py`). Nothing of it runs before it is accepted.

What it enforces (each is a security invariant of the tier, see docs/architecture.md):
* the text is ASCII from a small alphabet: no quote, `#`, backslash, `@` or `;`, so no string, bytes or
  f-string literal, comment, decorator or line continuation can carry guest text; no `import`, `lambda`,
  `class`, `global`, `nonlocal`, `del`, `with`, `yield`, `async`, `await`, `finally`, `assert` or `raise`
  (with no strings or comments, every occurrence of such a word is the keyword), and exactly one `def`,
  the first line's `def R(`; nesting no deeper than `MAX_DEPTH` indentation levels;
* exactly one function, `R(vm, x, l0=U, ..., f=None)`, and nothing else at module level;
* no constant but None, booleans and small integers (and tuples of those), and no nested code object: no
  float literal, no lambda, comprehension or inner function;
* only the bytecode instructions the translator's shapes compile to (no keyword or starred calls, no
  imports, class building, global or attribute deletion, slices, closures or generators);
* every global name is one of the translator's own (`K5`, a helper `h_*`, ...) and every local name is of
  its shapes (`s3`, `l0`, `_e`, ...): no builtins, no guest identifiers;
* attribute access only on an allow-list of runtime fields and container methods, and `__class__` only
  of a variable (the guards' type tests).

It checks bytecode rather than a re-parsed `ast` tree because that is what runs, and because it is five
times faster: building the tree cost more than `compile()` itself (~80 µs a generated line).
"""

from __future__ import annotations

import dis
import opcode
import re
import sys
from types import CodeType

MAX_DEPTH = 90  # indentation levels (CPython's parser refuses 100); the translator indents by 4 spaces
MAX_INT = 1 << 31


class AuditError(Exception):
    pass


_OWN_NAME = re.compile(r"(?:[slcaKNG]\d+|_[xc]\d+)\Z")
_OWN_LOCAL = re.compile(r"(?:[slca]\d+|_[xc]\d+)\Z")  # (the tables' K/N/G names are globals)
# the translator's other local variables
_FIXED_LOCALS = {"vm", "x", "f", "pc", "glb", "_fr", "_e", "_v", "_b", "_d", "_m", "_x", "_t", "_st", "_n",
                 "_i", "_g", "_a"}
_FIXED = _FIXED_LOCALS | {"R", "CODE", "BaseException"}
_ATTRS = {"budget", "frames", "allocs", "globals", "locals", "cells", "stack", "pc", "code", "direct", "argcount",
          "ncap", "v", "exc_info", "weight", "append", "add", "clear", "pop", "get", "bit_length", "func", "self",
          "closure", "cls", "d0", "d1", "d2", "d3", "d4", "d5", "d6"}
_EXCEPT_TYPES = {"BaseException", "_TypeError", "_KeyError"}  # what an `except` may name

_BAD_CHAR = re.compile(r"[^\n A-Za-z0-9_()\[\]{}.,:=<>!%&*+\-/^|~]")
_BAD_WORD = re.compile(r"\b(?:import|from|lambda|class|global|nonlocal|del|with|yield|async|await|finally|assert|"
                       r"raise|def)\b")
_TOO_DEEP = "\n" + " " * (4 * (MAX_DEPTH + 1))


def _ops(*names: str) -> frozenset:
    """The opcodes of `names` this Python has in its bytecode (3.12 renamed and merged some, and made some
    pseudo-instructions, numbered from 256, that `compile()` never leaves in a code object)."""
    return frozenset(opcode.opmap[n] for n in names if opcode.opmap.get(n, 256) < 256)


# The module: `def R(...)` with defaults `U` and `f=None`.
_MODULE_OPS = _ops("CACHE", "RESUME", "LOAD_NAME", "LOAD_CONST", "BUILD_TUPLE", "BUILD_CONST_KEY_MAP", "RETURN_CONST",
                   "MAKE_FUNCTION", "SET_FUNCTION_ATTRIBUTE", "STORE_NAME", "RETURN_VALUE")
# R's body. Absent on purpose, among others: KW_NAMES, CALL_FUNCTION_EX, DICT_MERGE (keyword and starred
# calls), IMPORT_*, LOAD_BUILD_CLASS, MAKE_FUNCTION, STORE_GLOBAL, DELETE_ATTR, DELETE_SUBSCR, BUILD_SLICE,
# LOAD_DEREF and friends, YIELD_VALUE, BEFORE_WITH, RAISE_VARARGS, LOAD_NAME.
_BODY_OPS = _ops(
    "CACHE", "NOP", "RESUME", "EXTENDED_ARG", "POP_TOP", "PUSH_NULL", "COPY", "SWAP",
    "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_CONST", "LOAD_GLOBAL", "LOAD_ATTR", "STORE_ATTR",
    "LOAD_METHOD", "PRECALL", "CALL", "RETURN_VALUE",
    "BINARY_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "COMPARE_OP", "IS_OP", "CONTAINS_OP",
    "UNARY_NOT", "UNARY_INVERT", "UNARY_POSITIVE", "UNARY_NEGATIVE",
    "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "LIST_APPEND", "LIST_EXTEND",
    "SET_ADD", "SET_UPDATE", "DICT_UPDATE",
    "UNPACK_SEQUENCE", "GET_ITER", "FOR_ITER",
    "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_IF_TRUE_OR_POP", "JUMP_IF_FALSE_OR_POP",
    "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE",
    "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE",
    "PUSH_EXC_INFO", "CHECK_EXC_MATCH", "POP_EXCEPT", "RERAISE",
    # 3.12 and later spell some of the same shapes so:
    "RETURN_CONST", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
    "LOAD_FAST_CHECK", "END_FOR", "TO_BOOL", "LOAD_FAST_LOAD_FAST", "STORE_FAST_LOAD_FAST",
    "STORE_FAST_STORE_FAST")
# CPython 3.11's instruction layout is decoded directly (fast); other versions go through `dis`.
_LAYOUT_311 = sys.version_info[:2] == (3, 11)
_GLOBAL = opcode.opmap["LOAD_GLOBAL"]
_ATTR_LOAD = opcode.opmap["LOAD_ATTR"]
_ATTR_OPS = _ops("LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD")
_NAME_OPS = re.compile(b"[" + b"".join(re.escape(bytes([o])) for o in sorted(_ATTR_OPS | {_GLOBAL})) + b"]")
_EXTENDED = opcode.opmap["EXTENDED_ARG"]
_CHECK_EXC = opcode.opmap["CHECK_EXC_MATCH"]
# what may come just before `.__class__`: a variable (a local, or a global such as a constant `K3`)
_CLASS_OF = _ops("LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL")
_CLASS_OF_NAMES = {"LOAD_FAST", "STORE_FAST", "LOAD_FAST_CHECK", "LOAD_GLOBAL", "LOAD_FAST_LOAD_FAST",
                   "STORE_FAST_LOAD_FAST"}  # (the fused ones push a local last)
_SKIP_BACK = _ops("EXTENDED_ARG", "CACHE")  # (LOAD_GLOBAL's cache entries follow it)
_ATTR_NAMES = {"LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD"}
_FORBIDDEN_FLAGS = 0x04 | 0x08 | 0x20 | 0x80 | 0x100 | 0x200  # *args, **kw, generator, coroutine,
# iterable coroutine, async generator


def audit(source: str, result=None, helpers=None) -> CodeType:
    """The compiled module for `source`; AuditError unless it is a module of the translator's shape."""
    if helpers is None:
        from .compiled import HELPERS

        helpers = HELPERS
    allowed = _FIXED | set(helpers)
    if result is not None:
        allowed |= set(result.tables)
    _check_text(source)
    try:
        module = compile(source, "<monty-compiled>", "exec", dont_inherit=True)
    except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError) as e:
        raise AuditError(f"does not compile: {type(e).__name__}") from None
    _check_code(_check_module(module), allowed)
    return module


def _check_text(source: str) -> None:
    if not source.isascii() or _BAD_CHAR.search(source):
        raise AuditError("character not allowed")
    if not source.startswith("def R("):
        raise AuditError("module is not exactly `def R(...)`")
    word = _BAD_WORD.search(source, 3)
    if word:
        raise AuditError(f"keyword not allowed: {word.group()}")
    if _TOO_DEEP in source:
        raise AuditError("nested too deeply")


def _check_module(module: CodeType) -> CodeType:
    """The module's code: only defines R, with the expected defaults; returns R's code."""
    if not set(module.co_code[::2]) <= _MODULE_OPS or not set(module.co_names) <= {"U", "R"}:
        raise AuditError("module is not exactly `def R(...)`")
    codes = [c for c in module.co_consts if type(c) is CodeType]
    others = [c for c in module.co_consts if type(c) is not CodeType]
    if len(codes) != 1 or codes[0].co_name != "R" or any(c is not None and c != (None,) for c in others):
        raise AuditError("module is not exactly `def R(...)`")
    return codes[0]


def _check_code(code: CodeType, allowed: set) -> None:
    """R itself: its signature, local names, constants, instructions and the names they use."""
    argc = code.co_argcount
    names = code.co_varnames
    if code.co_flags & _FORBIDDEN_FLAGS or code.co_posonlyargcount or code.co_kwonlyargcount \
            or argc < 3 or names[argc - 1] != "f" or code.co_cellvars or code.co_freevars:
        raise AuditError("unexpected function signature")
    if names[:2] != ("vm", "x") or any(not re.fullmatch(r"l\d+", a) for a in names[2:argc - 1]):
        raise AuditError("unexpected parameters")
    for name in names[argc:]:
        if name not in _FIXED_LOCALS and not _OWN_LOCAL.match(name):
            raise AuditError(f"name not allowed: {name!r}")
    for c in code.co_consts:
        _check_constant(c)
    if not _LAYOUT_311:
        _check_instructions(code, allowed)
        return
    ops = code.co_code[::2]
    if not set(ops) <= _BODY_OPS:
        bad = sorted(opcode.opname[o] for o in set(ops) - _BODY_OPS)
        raise AuditError(f"instruction not allowed: {bad[0]}")
    _check_names(code, ops, allowed)


def _check_constant(value) -> None:
    if value is None or value is True or value is False or (type(value) is int and -1 <= value < MAX_INT):
        return
    if type(value) is tuple:
        for v in value:
            _check_constant(v)
        return
    raise AuditError(f"literal not allowed: {type(value).__name__}")


def _check_names(code: CodeType, ops: bytes, allowed: set) -> None:
    """Each instruction naming a global or an attribute, found in the aligned opcode bytes `ops` (CPython
    3.11's layout): globals from `allowed` or of the translator's shapes, attributes from `_ATTRS`, and
    every `except` naming one of `_EXCEPT_TYPES` (LOAD_GLOBAL and its five cache entries just before
    CHECK_EXC_MATCH; a bare `except:` has no CHECK_EXC_MATCH and is `except BaseException`)."""
    args = code.co_code[1::2]
    co_names = code.co_names
    for m in _NAME_OPS.finditer(ops):
        i = m.start()
        if ops[i] == _GLOBAL:
            name = co_names[_arg(ops, args, i) >> 1]
            if name not in allowed and not _OWN_NAME.match(name):
                raise AuditError(f"name not allowed: {name!r}")
            continue
        name = co_names[_arg(ops, args, i)]
        if name == "__class__":
            j = i - 1
            while j > 0 and ops[j] in _SKIP_BACK:
                j -= 1
            if ops[i] != _ATTR_LOAD or ops[j] not in _CLASS_OF:
                raise AuditError("__class__ of an expression")
        elif name not in _ATTRS:
            raise AuditError(f"attribute not allowed: {name!r}")
    start = 0
    while (i := ops.find(_CHECK_EXC, start)) >= 0:
        start = i + 1
        k = i - 6
        if k < 0 or ops[k] != _GLOBAL or co_names[_arg(ops, args, k) >> 1] not in _EXCEPT_TYPES:
            raise AuditError("unexpected except clause")


def _arg(ops: bytes, args: bytes, i: int) -> int:
    """The argument of the instruction at word `i`, with its EXTENDED_ARG prefixes."""
    arg = args[i]
    shift = 8
    i -= 1
    while i >= 0 and ops[i] == _EXTENDED:
        arg |= args[i] << shift
        shift += 8
        i -= 1
    return arg


def _check_instructions(code: CodeType, allowed: set) -> None:
    """What `_check_names` and the opcode check do, through `dis` (for Pythons other than 3.11)."""
    prev = None
    for ins in dis.get_instructions(code):
        if ins.opcode not in _BODY_OPS:
            raise AuditError(f"instruction not allowed: {ins.opname}")
        if ins.opname == "LOAD_GLOBAL":
            if ins.argval not in allowed and not _OWN_NAME.match(ins.argval):
                raise AuditError(f"name not allowed: {ins.argval!r}")
        elif ins.opname in _ATTR_NAMES:
            if ins.argval == "__class__":
                if ins.opname != "LOAD_ATTR" or prev is None or prev.opname not in _CLASS_OF_NAMES:
                    raise AuditError("__class__ of an expression")
            elif ins.argval not in _ATTRS:
                raise AuditError(f"attribute not allowed: {ins.argval!r}")
        elif ins.opname == "CHECK_EXC_MATCH":
            if prev is None or prev.opname != "LOAD_GLOBAL" or prev.argval not in _EXCEPT_TYPES:
                raise AuditError("unexpected except clause")
        prev = ins
