"""Bytecode verification for code objects that come from untrusted bytes (`load`).

Checks what the compiler guarantees by construction, so that a loaded program cannot do anything a
compiled one could not: every jump lands inside the code; only `JUMP_BACKWARD` jumps backwards (back-edges
are where steps are counted, so a forged loop cannot escape the limits); the value stack never underflows,
every path reaching an instruction agrees on the stack depth there, and exception handlers restore a depth
that exists. Raises `ValueError` with the reason.
"""

from __future__ import annotations

from . import opcodes as O

MAX_STACK = 10_000


def _effect(op: int, arg: int):
    """(items needed on the stack, net change on fall-through, net change when jumping or None)."""
    if op in (O.LOAD_CONST, O.LOAD_FAST, O.LOAD_FAST_NOCHECK, O.LOAD_DEREF, O.LOAD_GLOBAL,
              O.LOAD_GLOBAL_CALLEE, O.LOAD_CLOSURE, O.LOAD_ASSERTION_ERROR, O.IMPORT_NAME, O.LOAD_NAME,
              O.LOAD_CLASSDEREF, O.LOAD_BUILD_CLASS):
        return 0, 1, None
    if op in (O.STORE_FAST, O.STORE_DEREF, O.STORE_GLOBAL, O.STORE_NAME, O.POP_TOP, O.POP_EXCEPT,
              O.DELETE_ATTR):
        return 1, -1, None
    if op in (O.DELETE_FAST, O.DELETE_DEREF, O.DELETE_GLOBAL, O.DELETE_NAME, O.NOP):
        return 0, 0, None
    if op == O.COPY:
        return arg, 1, None
    if op == O.SWAP:
        return arg, 0, None
    if op in (O.LOAD_ATTR, O.UNARY_OP, O.GET_ITER, O.LIST_TO_TUPLE, O.GET_YIELD_FROM_ITER, O.YIELD_VALUE):
        return 1, 0, None
    if op == O.LOAD_METHOD or op == O.IMPORT_FROM or op == O.PUSH_EXC_INFO:
        return 1, 1, None
    if op == O.STORE_ATTR or op == O.DELETE_SUBSCR:
        return 2, -2, None
    if op in (O.BINARY_SUBSCR, O.BINARY_OP, O.INPLACE_OP, O.COMPARE_OP):
        return 2, -1, None
    if op == O.STORE_SUBSCR:
        return 3, -3, None
    if op == O.BUILD_SLICE:
        if arg not in (2, 3):
            raise ValueError(f"BUILD_SLICE of {arg}")
        return arg, 1 - arg, None
    if op in (O.BUILD_TUPLE, O.BUILD_LIST, O.BUILD_SET, O.BUILD_STRING):
        return arg, 1 - arg, None
    if op == O.BUILD_MAP:
        return 2 * arg, 1 - 2 * arg, None
    if op in (O.LIST_APPEND, O.SET_ADD):
        return arg + 1, -1, None
    if op == O.MAP_ADD:
        return arg + 2, -2, None
    if op in (O.LIST_EXTEND, O.SET_UPDATE):
        return (arg & 0xFF) + 1 + (1 if arg & 0x100 else 0), -1, None
    if op == O.DICT_UPDATE:
        return arg + 1, -1, None
    if op == O.DICT_MERGE:
        return arg + 3, -1, None
    if op == O.UNPACK_SEQUENCE:
        return 1, arg - 1, None
    if op == O.UNPACK_EX:
        return 1, (arg & 0xFF) + (arg >> 8), None
    if op == O.FORMAT_VALUE:
        return (2, -1, None) if arg & 4 else (1, 0, None)
    if op == O.DICT_FROM_KEYS:
        return arg + 1, -arg, None
    if op == O.COMPARE_JUMP_IF_FALSE:
        return 2, -2, -2
    if op in (O.POP_JUMP_IF_FALSE, O.POP_JUMP_IF_TRUE):
        return 1, -1, -1
    if op in (O.JUMP_IF_FALSE_OR_POP, O.JUMP_IF_TRUE_OR_POP):
        return 1, -1, 0
    if op == O.FOR_ITER:
        return 1, 1, -1
    if op == O.SEND:
        return 2, 0, -1
    if op == O.CALL:
        return arg + 1, -arg, None
    if op == O.CALL_KW:
        return arg + 2, -arg - 1, None
    if op == O.CALL_METHOD:
        return arg + 2, -arg - 1, None
    if op == O.CALL_METHOD_KW:
        return arg + 3, -arg - 2, None
    if op == O.CALL_EX:
        return (3, -2, None) if arg & 1 else (2, -1, None)
    if op == O.MAKE_FUNCTION:
        n = 1 + bin(arg & 0b1011).count("1")
        return n, 1 - n, None
    if op in (O.GET_AWAITABLE, O.GET_AITER):
        return 1, 0, None
    if op == O.BEFORE_ASYNC_WITH or op == O.GET_ANEXT:
        return 1, 1, None
    if op == O.END_ASYNC_FOR:
        return 2, -2, None
    if op == O.MATCH_PATTERN:
        return 2, 0, None
    if op == O.BEFORE_WITH:
        return 1, 1, None
    if op == O.WITH_EXCEPT_START:
        return 3, 4, None
    if op == O.CHECK_EXC_MATCH:
        return 2, 0, None
    if op in (O.RETURN_VALUE, O.RERAISE):
        return 1, None, None
    if op == O.RETURN_CONST:
        return 0, None, None
    if op == O.RAISE_VARARGS:
        if arg > 2:
            raise ValueError(f"RAISE_VARARGS {arg}")
        return arg, None, None
    if op in (O.JUMP_FORWARD, O.JUMP_BACKWARD):
        return 0, None, 0
    raise ValueError(f"no stack effect for opcode {op}")


def verify_code(instrs, exc_table, name: str = "code"):
    n = len(instrs)
    for pc, (op, arg) in enumerate(instrs):
        target = None
        if op in O.JUMPS:
            target = arg
        elif op == O.COMPARE_JUMP_IF_FALSE:
            target = arg >> 4
        if target is not None:
            if not 0 <= target < n:
                raise ValueError(f"{name}: jump at {pc} leaves the code")
            if op == O.JUMP_BACKWARD:
                if target > pc:
                    raise ValueError(f"{name}: JUMP_BACKWARD at {pc} goes forwards")
            elif target <= pc:
                raise ValueError(f"{name}: only JUMP_BACKWARD may jump backwards (at {pc})")
    depth = [None] * n
    work = [(0, 0)]
    for start, end, handler, level in exc_table:
        work.append((handler, level + 1))
    while work:
        pc, d = work.pop()
        while True:
            if not 0 <= pc < n:
                raise ValueError(f"{name}: execution runs past the end of the code")
            known = depth[pc]
            if known is not None:
                if known != d:
                    raise ValueError(f"{name}: stack depth {d} disagrees with {known} at {pc}")
                break
            if d > MAX_STACK:
                raise ValueError(f"{name}: stack too deep at {pc}")
            depth[pc] = d
            op, arg = instrs[pc]
            need, fall, jump = _effect(op, arg)
            if d < need:
                raise ValueError(f"{name}: stack underflow at {pc} ({O.NAMES.get(op, op)})")
            if jump is not None:
                target = arg >> 4 if op == O.COMPARE_JUMP_IF_FALSE else arg
                work.append((target, d + jump))
            if fall is None:
                break
            d += fall
            pc += 1
    for start, end, handler, level in exc_table:
        for pc in range(start, end):
            if depth[pc] is not None and depth[pc] < level:
                raise ValueError(f"{name}: handler depth {level} is deeper than the stack at {pc}")
