"""The disassembler: a readable listing of code objects, shared by `monty-peg dis`, tests and tracing."""

from __future__ import annotations

from typing import List

from . import opcodes as O
from .code import Code


def _operand(code: Code, opcode: int, arg) -> str:
    if opcode in O.CONST_ARG:
        value = code.consts[arg]
        return f"({value.name!s} code)" if isinstance(value, Code) else f"({value!r})"
    if opcode in O.NAME_ARG:
        return f"({code.names[arg]})"
    if opcode in O.LOCAL_ARG:
        return f"({code.varnames[arg]})"
    if opcode in O.CELL_ARG:
        names = code.cellvars + code.freevars
        return f"({names[arg]})" if arg < len(names) else ""
    if opcode in (O.BINARY_OP, O.INPLACE_OP):
        return f"({O.BINARY_OPS[arg]}{'=' if opcode == O.INPLACE_OP else ''})"
    if opcode == O.UNARY_OP:
        return f"({O.UNARY_OPS[arg]})"
    if opcode == O.COMPARE_OP:
        return f"({O.COMPARE_OPS[arg]})"
    if opcode == O.COMPARE_JUMP_IF_FALSE:
        return f"({O.COMPARE_OPS[arg & 15]}, to {arg >> 4})"
    if opcode in O.JUMPS:
        return f"(to {arg})"
    return ""


def disassemble(code: Code) -> str:
    lines: List[str] = []
    todo = [code]
    first = True
    while todo:
        c = todo.pop(0)
        if not first:
            lines.append("")
        first = False
        lines.append(f"Disassembly of {c.qualname} ({c.filename}, line {c.firstlineno}):")
        targets = {arg >> 4 if op == O.COMPARE_JUMP_IF_FALSE else arg
                   for op, arg in c.instrs if op in O.JUMPS or op == O.COMPARE_JUMP_IF_FALSE}
        targets.update(entry[2] for entry in c.exc_table)
        last_line = None
        for pc, (opcode, arg) in enumerate(c.instrs):
            line = c.positions[pc][0] if pc < len(c.positions) else None
            line_col = f"{line:>4}" if line != last_line else "    "
            last_line = line
            mark = ">>" if pc in targets else "  "
            name = O.NAMES.get(opcode, f"<{opcode}>")
            lines.append(f"{line_col} {mark} {pc:>4} {name:<22} {arg:<6} {_operand(c, opcode, arg)}".rstrip())
        if c.exc_table:
            lines.append("ExceptionTable:")
            for start, end, handler, depth in c.exc_table:
                lines.append(f"  {start} to {end} -> {handler} [{depth}]")
        todo.extend(k for k in c.consts if isinstance(k, Code))
    return "\n".join(lines) + "\n"
