"""Code objects: the compiled form of a module, function, lambda or comprehension.

A code object is immutable once built and is what frames execute, what snapshots reference by index, and
what the disassembler prints. Positions are per instruction: `(line, col, end_line, end_col, anchor)`,
columns 0-based, where `anchor` is None or `(left, right)` column offsets used to draw CPython 3.11's
`~~~^^^` markers under binary operators and subscripts.
"""

from __future__ import annotations

from typing import Optional, Tuple

from . import opcodes as O
from .values import UNBOUND

# flags
GENERATOR = 1
VARARGS = 2
VARKEYWORDS = 4
HIDDEN = 8  # prelude code: never shown in tracebacks
COMPREHENSION = 16
LAMBDA = 32
COROUTINE = 128  # with GENERATOR: calling it makes a coroutine (async def, or a script with top-level await)
CLASS_BODY = 64  # runs with a namespace dict (Frame.ns) and returns the __class__ cell or None

Position = Tuple[int, int, int, int, Optional[tuple]]

DIRECT_ARITIES = 7  # Code.d0 ... d6
STEP_INSTRUCTIONS = 32  # a loop iteration or a call counts one step more per this many instructions of body


class Code:
    __slots__ = (
        "name", "qualname", "filename", "firstlineno", "flags",
        "argcount", "posonlyargcount", "kwonlyargcount",
        "varnames", "cellvars", "freevars", "cell_params",
        "consts", "names", "instrs", "positions", "exc_table", "docstring", "source",
        "nlocals", "ncells", "run", "fast", "plain_args", "padding", "tier", "direct", "weight",
        "d0", "d1", "d2", "d3", "d4", "d5", "d6",
    )

    def __init__(self, *, name, qualname, filename, firstlineno, flags, argcount, posonlyargcount,
                 kwonlyargcount, varnames, cellvars, freevars, cell_params, consts, names, instrs,
                 positions, exc_table, docstring=None, source=None):
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.flags = flags
        self.argcount = argcount  # positional parameters, including positional-only
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.varnames = tuple(varnames)  # locals: parameters first (positional, kw-only, *args, **kw)
        self.cellvars = tuple(cellvars)
        self.freevars = tuple(freevars)
        self.cell_params = tuple(cell_params)  # (cell index, local slot) for parameters held in cells
        self.consts = tuple(consts)
        self.names = tuple(names)
        self.instrs = list(instrs)
        self.positions = list(positions)
        self.exc_table = tuple(exc_table)  # (start, end, handler, depth), innermost first, end exclusive
        self.docstring = docstring
        self.source = source  # the Source the code came from (for traceback lines)
        self.nlocals = len(self.varnames)
        self.ncells = len(self.cellvars) + len(self.freevars)
        self.run = decode(self)  # what the VM executes
        self.padding = [UNBOUND] * (self.nlocals - self.argcount) if self.nlocals > self.argcount else []
        # calls with exactly `argcount` positional arguments need no binding step
        self.plain_args = not (flags & (GENERATOR | VARARGS | VARKEYWORDS)) and not kwonlyargcount
        self.fast = self.plain_args and not self.ncells
        # steps a call of this code counts: one, plus one per STEP_INSTRUCTIONS instructions of its body, so
        # that a big straight-line body called in a loop reaches the limit checks as often as a small one
        self.weight = 1 + len(self.instrs) // STEP_INSTRUCTIONS
        self.tier = None  # the compiled tier's state (runtime/compiled.py), made on first use
        self.direct = None  # its generated function, for direct calls (fast code objects only)
        # ...also as d<argcount> (DIRECT_ARITIES), so that a call site of n arguments tests one slot
        self.d0 = self.d1 = self.d2 = self.d3 = self.d4 = self.d5 = self.d6 = None

    @property
    def is_generator(self) -> bool:
        return bool(self.flags & GENERATOR)

    def find_handler(self, pc: int):
        """The innermost exception-table entry covering instruction `pc`, or None."""
        for entry in self.exc_table:
            if entry[0] <= pc < entry[1]:
                return entry
        return None

    def position(self, pc: int) -> Position:
        if 0 <= pc < len(self.positions):
            return self.positions[pc]
        return (self.firstlineno, 0, self.firstlineno, 0, None)

    def __repr__(self):
        return f"<code object {self.name}, line {self.firstlineno}>"


class Source:
    """The text a program was compiled from, shared by all its code objects."""

    __slots__ = ("filename", "text", "_lines")

    def __init__(self, filename: str, text: str):
        self.filename = filename
        self.text = text
        self._lines = None

    def line(self, n: int) -> Optional[str]:
        if self._lines is None:
            self._lines = self.text.split("\n")
        if 1 <= n <= len(self._lines):
            return self._lines[n - 1]
        return None


def decode(code: Code) -> list:
    """The instruction stream the VM runs: constant and name operands replaced by their values, and some
    common pairs fused into one instruction (the second stays in place for jumps that land on it)."""
    consts, names = code.consts, code.names
    out = []
    for opcode, arg in code.instrs:
        if opcode in O.CONST_ARG:
            arg = consts[arg]
        elif opcode in O.NAME_ARG:
            arg = names[arg]
        out.append((opcode, arg))
    instrs = code.instrs
    for i in range(len(instrs) - 1):
        (op1, a1), (op2, a2) = instrs[i], instrs[i + 1]
        if op1 == O.LOAD_CONST:
            if op2 == O.BINARY_OP:
                out[i] = (O.BINARY_OP_CONST, (a2, consts[a1]))
            elif op2 == O.INPLACE_OP:
                out[i] = (O.INPLACE_OP_CONST, (a2, consts[a1]))
            elif op2 == O.COMPARE_JUMP_IF_FALSE:
                out[i] = (O.COMPARE_CONST_JUMP, (a2 & 15, consts[a1], a2 >> 4))
        elif op1 == O.LOAD_FAST_NOCHECK and op2 == O.LOAD_FAST_NOCHECK:
            out[i] = (O.LOAD_FAST_PAIR, (a1, a2))
    for i in range(len(instrs) - 2):
        (op1, a1), (op2, a2), (op3, a3) = instrs[i], instrs[i + 1], instrs[i + 2]
        if op1 == O.LOAD_FAST_NOCHECK and op2 == O.LOAD_CONST:
            if op3 == O.BINARY_OP:
                out[i] = (O.FAST_CONST_BINARY, (a1, a3, consts[a2]))
            elif op3 == O.COMPARE_JUMP_IF_FALSE:
                out[i] = (O.FAST_CONST_COMPARE_JUMP, (a1, a3 & 15, consts[a2], a3 >> 4))
    return out
