"""The instruction set. Opcode numbers are part of the dump format: never renumber, only add.

Each instruction is a pair `(opcode, arg)`; `arg` is 0 where unused. Jump arguments are absolute
instruction indices. Stack effects are written `[before] -> [after]`, top of stack last.
"""

from __future__ import annotations

# stack shuffling
NOP = 0
POP_TOP = 1  # [a] -> []
COPY = 2  # arg n: [.. x (n-1 items)] -> [.. x .. x]   (push a copy of stack[-n])
SWAP = 3  # arg n: swap stack[-1] and stack[-n]

# names
LOAD_CONST = 10  # arg: const index
LOAD_FAST = 11  # arg: local slot; raises UnboundLocalError if unbound
STORE_FAST = 12
DELETE_FAST = 13
LOAD_DEREF = 14  # arg: cell index (cellvars, then freevars)
STORE_DEREF = 15
DELETE_DEREF = 16
LOAD_GLOBAL = 17  # arg: name index; globals, then builtins
STORE_GLOBAL = 18
DELETE_GLOBAL = 19
LOAD_CLOSURE = 20  # arg: cell index; pushes the cell itself (for MAKE_FUNCTION)
LOAD_FAST_NOCHECK = 21  # LOAD_FAST for a slot the compiler proved bound
LOAD_NAME = 23  # arg: name index; class body: its namespace, then globals, then builtins
STORE_NAME = 24
DELETE_NAME = 25
LOAD_CLASSDEREF = 26  # arg: cell index; class body reading an enclosing function's variable
LOAD_GLOBAL_CALLEE = 22  # LOAD_GLOBAL of a name about to be called: in start() mode an undefined one is
#                          taken to be a host function (the call pauses) rather than a missing value

# attributes and items
LOAD_ATTR = 30  # arg: name index. [obj] -> [value]
STORE_ATTR = 31  # [value obj] -> []
DELETE_ATTR = 32  # [obj] -> []
LOAD_METHOD = 33  # [obj] -> [callable, self_or_NULL]
BINARY_SUBSCR = 34  # [obj key] -> [value]
STORE_SUBSCR = 35  # [value obj key] -> []
DELETE_SUBSCR = 36  # [obj key] -> []
BUILD_SLICE = 37  # arg 2 or 3

# operators
BINARY_OP = 40  # arg: index into BINARY_OPS. [a b] -> [a op b]
INPLACE_OP = 41  # arg: index into BINARY_OPS. [a b] -> [a op= b]
UNARY_OP = 42  # arg: index into UNARY_OPS
COMPARE_OP = 43  # arg: index into COMPARE_OPS
COMPARE_JUMP_IF_FALSE = 44  # arg: (target << 4) | compare index; [a b] -> [] and jump when false

# building
BUILD_TUPLE = 50  # arg n
BUILD_LIST = 51
BUILD_SET = 52
BUILD_MAP = 53  # arg n: [k1 v1 .. kn vn] -> [dict]
BUILD_STRING = 54  # arg n: concatenate n strings
LIST_APPEND = 55  # arg i: [.. list (i-1 items) item] -> list.append(item), list is stack[-i] after the pop
SET_ADD = 56  # arg i
MAP_ADD = 57  # arg i: [.. dict (i-1 items) key value]
LIST_EXTEND = 58  # arg i: [.. list (i-1 items) iterable]
SET_UPDATE = 59  # arg i
DICT_UPDATE = 60  # arg i: {**m}
DICT_MERGE = 61  # arg i: f(**m), duplicate keys are an error
LIST_TO_TUPLE = 62
UNPACK_SEQUENCE = 63  # arg n: [seq] -> [item_n-1 .. item_0]  (item_0 on top)
UNPACK_EX = 64  # arg: before | (after << 8)
FORMAT_VALUE = 65  # arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack
DICT_FROM_KEYS = 66  # arg n: [v1 .. vn keys_tuple] -> [dict]

# control flow
JUMP_FORWARD = 70  # arg: target
JUMP_BACKWARD = 71  # arg: target; a loop back-edge (counts a step)
POP_JUMP_IF_FALSE = 72
POP_JUMP_IF_TRUE = 73
JUMP_IF_FALSE_OR_POP = 74
JUMP_IF_TRUE_OR_POP = 75
GET_ITER = 76
FOR_ITER = 77  # arg: exit target. [it] -> [it value], or [] and jump when exhausted
GET_YIELD_FROM_ITER = 78
SEND = 79  # arg: exit target. [subiter value] -> [subiter yielded] or [result] and jump

# calls and functions
CALL = 80  # arg n: [f a1 .. an] -> [result]
CALL_KW = 81  # arg n: [f a1 .. an kwnames] -> [result]; the last len(kwnames) args are keywords
CALL_EX = 82  # arg 1 if kwargs: [f args_tuple (kwargs_dict)] -> [result]
CALL_METHOD = 83  # arg n: [callable self_or_NULL a1 .. an] -> [result]
CALL_METHOD_KW = 84  # arg n: [callable self_or_NULL a1 .. an kwnames] -> [result]
MAKE_FUNCTION = 85  # arg flags: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple; then the code
RETURN_VALUE = 86
YIELD_VALUE = 87
RETURN_CONST = 88  # arg: const index

# exceptions
RAISE_VARARGS = 90  # arg 0: re-raise the handled exception; 1: [exc]; 2: [exc cause]
RERAISE = 91  # [exc] -> raise exc without a new traceback entry
PUSH_EXC_INFO = 92  # [exc] -> [previous exc exc]; the handled exception becomes exc
POP_EXCEPT = 93  # [previous] -> []; the handled exception becomes previous
CHECK_EXC_MATCH = 94  # [exc type] -> [exc matches]
LOAD_ASSERTION_ERROR = 95
LOAD_BUILD_CLASS = 96  # pushes the builtin that runs a class body and makes the class
BEFORE_WITH = 97  # [mgr] -> [bound __exit__, bound __enter__] (the compiler calls __enter__ next)
WITH_EXCEPT_START = 98  # [exit prev exc] -> [exit prev exc exit type(exc) exc None] (then CALL 3)
# coroutines
GET_AWAITABLE = 111  # [x] -> [what `await x` delegates to] (a coroutine, or what __await__ returned)
BEFORE_ASYNC_WITH = 112  # [mgr] -> [bound __aexit__, bound __aenter__] (then CALL 0 and an await)
GET_AITER = 113  # [x] -> [x.__aiter__()]
GET_ANEXT = 114  # [aiter] -> [aiter, aiter.__anext__()]
END_ASYNC_FOR = 115  # [aiter exc] -> [] when exc is StopAsyncIteration, else re-raise exc
# pattern matching
MATCH_PATTERN = 110  # arg: const (pattern tree, capture count). [subject values] -> [captures matched]
#                      captures is a tuple in slot order (empty when not matched); see runtime/matching.py

# modules
IMPORT_NAME = 100  # arg: name index -> [module]
IMPORT_FROM = 101  # arg: name index. [module] -> [module value]

# Runtime-only instructions: the VM fuses some pairs when it decodes a code object (see
# `code.decode`). They never appear in `Code.instrs` or in dumps; the second instruction of a fused pair
# stays in place, so jumps into it still work.
BINARY_OP_CONST = 200  # LOAD_CONST k; BINARY_OP op  -> arg (op, k)
INPLACE_OP_CONST = 201  # LOAD_CONST k; INPLACE_OP op -> arg (op, k)
COMPARE_CONST_JUMP = 202  # LOAD_CONST k; COMPARE_JUMP_IF_FALSE -> arg (compare, k, target)
LOAD_FAST_PAIR = 203  # LOAD_FAST_NOCHECK a; LOAD_FAST_NOCHECK b -> arg (a, b)
FAST_CONST_BINARY = 204  # LOAD_FAST_NOCHECK x; LOAD_CONST k; BINARY_OP op -> arg (x, op, k)
FAST_CONST_COMPARE_JUMP = 205  # LOAD_FAST_NOCHECK x; LOAD_CONST k; COMPARE_JUMP_IF_FALSE -> (x, cmp, k, target)

NAMES = {v: k for k, v in dict(globals()).items() if k.isupper() and isinstance(v, int)}

JUMPS = {JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
         JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND}

BINARY_OPS = ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@")
UNARY_OPS = ("-", "+", "~", "not")
COMPARE_OPS = ("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not")

# Which operand indexes name the const, name and local tables (for verification and the disassembler).
CONST_ARG = {LOAD_CONST, RETURN_CONST, MATCH_PATTERN}
NAME_ARG = {LOAD_GLOBAL, LOAD_GLOBAL_CALLEE, LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
            IMPORT_NAME, IMPORT_FROM}
LOCAL_ARG = {LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_NOCHECK}
CELL_ARG = {LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF}
