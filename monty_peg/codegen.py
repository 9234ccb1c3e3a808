"""Code generation: resolved IR → `runtime.code.Code` objects for the stack machine.

Control flow follows CPython 3.11's compiler: an exception table instead of a block stack (each
instruction is tagged with the handler in force when it was emitted), `finally` bodies emitted once for the
normal path and once for the exceptional one, and `return`/`break`/`continue` unwinding the enclosing blocks
inline. Statement-level stack depth is the sum of what enclosing blocks keep on the stack (a `for`
iterator, a saved exception), which is the depth an exception handler restores.
"""

from __future__ import annotations

from typing import Dict, List, Optional

from monty_peg.runtime import code as C
from monty_peg.runtime import opcodes as op
from monty_peg.runtime.code import Code, Source

from . import ir, patterns
from .errors import Diagnostic
from .resolve import (CELL, CLASS_LOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, Resolution, Scope,
                      target_names)

_BINOP = {name: i for i, name in enumerate(op.BINARY_OPS)}
_UNARY = {name: i for i, name in enumerate(op.UNARY_OPS)}
_CMP = {name: i for i, name in enumerate(op.COMPARE_OPS)}
_CONVERSION = {-1: 0, ord("s"): 1, ord("r"): 2, ord("a"): 3}


class CompileError(Exception):
    def __init__(self, node, message):
        super().__init__(message)
        self.node = node
        self.message = message


class Label:
    __slots__ = ("pc",)

    def __init__(self):
        self.pc = -1


class _Block:
    """An enclosing construct that `return`/`break`/`continue` must unwind through."""

    __slots__ = ("kind", "items", "start", "exit", "body", "name", "handler", "outer")

    def __init__(self, kind, items=0, start=None, exit=None, body=None, name=None, handler=None, outer=None):
        self.kind = kind  # 'for' | 'while' | 'finally_try' | 'finally_end' | 'handler' | 'try' | 'value' | 'with'
        self.items = items  # stack items this block keeps
        self.start = start
        self.exit = exit
        self.body = body
        self.name = name
        self.handler = handler  # the handler in force outside this block (for a handler body: its cleanup)
        self.outer = outer  # for a handler body: the handler in force outside the whole try statement


class Builder:
    """Emits one code object."""

    def __init__(self, scope: Scope, name: str, qualname: str, firstlineno: int):
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.instrs: List[list] = []
        self.positions: List[tuple] = []
        self.handlers: List[Optional[tuple]] = []
        self.consts: List[object] = []
        self._const_index: Dict[object, int] = {}
        self.names: List[str] = []
        self._name_index: Dict[str, int] = {}
        self.blocks: List[_Block] = []
        self.handler: Optional[tuple] = None  # (Label, depth)
        self.pos: tuple = (firstlineno, 0, firstlineno, 0, None)
        self.unchecked: set = set()

    # ---------------------------------------------------------------- emission

    def emit(self, opcode: int, arg=0, node=None):
        if node is not None:
            self.pos = _position(node)
        self.instrs.append([opcode, arg])
        self.positions.append(self.pos)
        self.handlers.append(self.handler)
        return len(self.instrs) - 1

    def emit_at(self, opcode, arg, position):
        self.instrs.append([opcode, arg])
        self.positions.append(position)
        self.handlers.append(self.handler)

    def bind(self, label: Label):
        label.pc = len(self.instrs)

    def const(self, value) -> int:
        key = _const_key(value)
        try:
            return self._const_index[key]
        except (KeyError, TypeError):
            pass
        self.consts.append(value)
        index = len(self.consts) - 1
        try:
            self._const_index[key] = index
        except TypeError:
            pass
        return index

    def name_index(self, name: str) -> int:
        if name not in self._name_index:
            self._name_index[name] = len(self.names)
            self.names.append(name)
        return self._name_index[name]

    def depth(self) -> int:
        return sum(b.items for b in self.blocks)

    def build(self, flags, argcount, posonlyargcount, kwonlyargcount, docstring, source) -> Code:
        instrs = []
        for opcode, arg in self.instrs:
            if type(arg) is not int:  # most operands are; the rest may hold labels
                if isinstance(arg, Label):
                    arg = arg.pc
                elif isinstance(arg, tuple) and arg and isinstance(arg[0], Label):  # fused compare-and-jump
                    arg = (arg[0].pc << 4) | arg[1]
            instrs.append((opcode, arg))
        table = []  # one entry per run of instructions emitted under the same handler
        start = 0
        previous = None
        for i, current in enumerate(self.handlers):
            if current is not previous:
                if previous is not None:
                    table.append((start, i, previous[0].pc, previous[1]))
                start = i
                previous = current
        if previous is not None:
            table.append((start, len(self.handlers), previous[0].pc, previous[1]))
        scope = self.scope
        cell_params = []
        if scope.kind != "module":
            slots = {name: i for i, name in reversed(list(enumerate(scope.varnames)))}
            for ci, name in enumerate(scope.cellvars):
                if name in slots:
                    cell_params.append((ci, slots[name]))
        return Code(
            name=self.name, qualname=self.qualname, filename=source.filename, firstlineno=self.firstlineno,
            flags=flags, argcount=argcount, posonlyargcount=posonlyargcount, kwonlyargcount=kwonlyargcount,
            varnames=scope.varnames if scope.kind != "module" else (),
            cellvars=scope.cellvars if scope.kind != "module" else (),
            freevars=scope.freevars if scope.kind != "module" else (),
            cell_params=cell_params, consts=self.consts, names=self.names, instrs=instrs,
            positions=self.positions, exc_table=table, docstring=docstring, source=source,
        )


def _const_key(value):
    """A key that tells apart constants Python considers equal: 1, 1.0, True, -0.0, (1,) and (1.0,)."""
    if isinstance(value, Code):
        return (Code, id(value))
    if isinstance(value, (tuple, frozenset)):
        return (type(value), tuple(_const_key(v) for v in value))
    if isinstance(value, float):
        return (float, repr(value))
    return (type(value), value)


def _position(node) -> tuple:
    sp = node.span
    anchor = None
    if sp[0] == sp[2]:
        if isinstance(node, ir.BinOp) and node.left.span[2] == sp[0] and node.right.span[0] == sp[0]:
            anchor = ("binop", node.left.span[3], node.right.span[1])
        elif isinstance(node, ir.Subscript) and node.slice.span[2] == sp[0]:
            anchor = ("subscript", node.value.span[3], node.slice.span[3])
    return (sp[0], sp[1], sp[2], sp[3], anchor)


class CodeGen:
    def __init__(self, resolution: Resolution, source: Source, diagnostics: List[Diagnostic]):
        self.res = resolution
        self.source = source
        self.diagnostics = diagnostics
        self.b: Builder = None  # type: ignore
        self.nesting = 0
        self.frozensets = {}  # CPython's module-wide constant cache, for frozenset constants
        self.unfoldable = {}  # id -> node: operands `_fold` found not constant (see `_constant`)

    def error(self, node, message):
        raise CompileError(node, message)

    # ---------------------------------------------------------------- entry points

    def module(self, module: ir.Module) -> Code:
        scope = self.res.scope_of(module)
        self.b = Builder(scope, "<module>", "<module>", 1)
        body = module.body
        self._setup_annotations(body, module)
        if body and isinstance(body[-1], ir.ExprStmt):
            self.stmts(body[:-1])
            self.expr(body[-1].value)
            self.b.emit(op.RETURN_VALUE, 0, body[-1])
        else:
            self.stmts(body)
            self.b.emit(op.RETURN_CONST, self.b.const(None))
        flags = C.GENERATOR | C.COROUTINE if scope.is_coroutine else 0
        return self.b.build(flags, 0, 0, 0, module.docstring, self.source)

    def _function_code(self, node, name, args: ir.Arguments, body, is_lambda) -> Code:
        scope = self.res.scope_of(node)
        outer = self.b
        self.b = Builder(scope, name, scope.qualname, node.span[0])
        self.b.unchecked = self._always_bound(scope, args, body)
        if is_lambda:
            self.expr(body)
            self.b.emit(op.RETURN_VALUE, 0, body)
        else:
            self.stmts(body)
            if not body or not isinstance(body[-1], ir.Return):
                self.b.pos = _position(body[-1]) if body else self.b.pos
                self.b.emit(op.RETURN_CONST, self.b.const(None))
        flags = 0
        if scope.is_generator:
            flags |= C.GENERATOR
        if isinstance(node, ir.FunctionDef) and node.is_async:
            flags |= C.GENERATOR | C.COROUTINE
        if args.vararg is not None:
            flags |= C.VARARGS
        if args.kwarg is not None:
            flags |= C.VARKEYWORDS
        if is_lambda:
            flags |= C.LAMBDA
        docstring = None if is_lambda else getattr(node, "docstring", None)
        code = self.b.build(flags, len(args.posonly) + len(args.args), len(args.posonly), len(args.kwonly),
                            docstring, self.source)
        self.b = outer
        return code

    def _always_bound(self, scope, args, body):
        """Parameters never deleted in the function: loads of them need no unbound check."""
        params = {a.name for a in args.posonly + args.args + args.kwonly}
        if args.vararg is not None:
            params.add(args.vararg.name)
        if args.kwarg is not None:
            params.add(args.kwarg.name)
        deleted = set()
        stack = list(body) if isinstance(body, tuple) else []
        while stack:
            s = stack.pop()
            if isinstance(s, ir.Delete):
                for t in s.targets:
                    if isinstance(t, ir.Name):
                        deleted.add(t.id)
                    elif isinstance(t, (ir.Tuple_, ir.List)):
                        stack.append(ir.Delete(t.span, t.elts))
            elif isinstance(s, ir.Try):
                for h in s.handlers:
                    if h.name:
                        deleted.add(h.name)
                    stack.extend(h.body)
                stack.extend(s.body + s.orelse + s.finalbody)
            elif isinstance(s, (ir.If, ir.While, ir.For)):
                stack.extend(s.body + s.orelse)
            elif isinstance(s, (ir.With,)):
                stack.extend(s.body)
        slots = {name: i for i, name in reversed(list(enumerate(scope.varnames)))}
        return {slots[p] for p in params - deleted if p in slots}

    # ---------------------------------------------------------------- names

    def load_name(self, name: str, node):
        b = self.b
        kind = b.scope.symbols.get(name, GLOBAL_IMPLICIT) if b.scope.kind != "module" else GLOBAL_IMPLICIT
        if b.scope.kind == "class":
            if kind == FREE:
                b.emit(op.LOAD_CLASSDEREF, b.scope.cell_index(name), node)
            elif kind == GLOBAL_EXPLICIT:
                b.emit(op.LOAD_GLOBAL, b.name_index(name), node)
            else:
                b.emit(op.LOAD_NAME, b.name_index(name), node)
            return
        if kind == LOCAL:
            slot = b.scope.slot(name)
            b.emit(op.LOAD_FAST_NOCHECK if slot in b.unchecked else op.LOAD_FAST, slot, node)
        elif kind in (CELL, FREE):
            b.emit(op.LOAD_DEREF, b.scope.cell_index(name), node)
        else:
            b.emit(op.LOAD_GLOBAL, b.name_index(name), node)

    def store_name(self, name: str, node):
        b = self.b
        kind = b.scope.symbols.get(name, GLOBAL_IMPLICIT) if b.scope.kind != "module" else GLOBAL_IMPLICIT
        if kind == CLASS_LOCAL:
            b.emit(op.STORE_NAME, b.name_index(name), node)
        elif kind == LOCAL:
            b.emit(op.STORE_FAST, b.scope.slot(name), node)
        elif kind in (CELL, FREE):
            b.emit(op.STORE_DEREF, b.scope.cell_index(name), node)
        else:
            b.emit(op.STORE_GLOBAL, b.name_index(name), node)

    def delete_name(self, name: str, node):
        b = self.b
        kind = b.scope.symbols.get(name, GLOBAL_IMPLICIT) if b.scope.kind != "module" else GLOBAL_IMPLICIT
        if kind == CLASS_LOCAL:
            b.emit(op.DELETE_NAME, b.name_index(name), node)
        elif kind == LOCAL:
            b.emit(op.DELETE_FAST, b.scope.slot(name), node)
        elif kind in (CELL, FREE):
            b.emit(op.DELETE_DEREF, b.scope.cell_index(name), node)
        else:
            b.emit(op.DELETE_GLOBAL, b.name_index(name), node)

    # ---------------------------------------------------------------- statements

    def stmts(self, body):
        for s in body:
            getattr(self, "s_" + type(s).__name__)(s)

    def s_ExprStmt(self, s):
        v = s.value
        if isinstance(v, ir.Constant):
            return  # docstrings and bare constants do nothing
        self.expr(v)
        self.b.emit(op.POP_TOP, 0, s)

    def s_Assign(self, s):
        self.expr(s.value)
        for i, t in enumerate(s.targets):
            if i < len(s.targets) - 1:
                self.b.emit(op.COPY, 1, s.value)
            self.store(t)

    def s_AugAssign(self, s):
        b = self.b
        t = s.target
        opi = _BINOP[s.op]
        if isinstance(t, ir.Name):
            self.load_name(t.id, t)
            self.expr(s.value)
            b.emit(op.INPLACE_OP, opi, s)
            self.store_name(t.id, t)
        elif isinstance(t, ir.Attribute):
            self.expr(t.value)
            b.emit(op.COPY, 1, t)
            b.emit(op.LOAD_ATTR, b.name_index(t.attr), t)
            self.expr(s.value)
            b.emit(op.INPLACE_OP, opi, s)
            b.emit(op.SWAP, 2, t)
            b.emit(op.STORE_ATTR, b.name_index(t.attr), t)
        else:
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(op.COPY, 2, t)
            b.emit(op.COPY, 2, t)
            b.emit(op.BINARY_SUBSCR, 0, t)
            self.expr(s.value)
            b.emit(op.INPLACE_OP, opi, s)
            b.emit(op.SWAP, 3, t)
            b.emit(op.SWAP, 2, t)
            b.emit(op.STORE_SUBSCR, 0, t)

    def s_AnnAssign(self, s):
        """Module and class bodies evaluate annotations; a simple name's goes into `__annotations__`
        (which dataclasses read). Function bodies ignore them, as CPython does."""
        b = self.b
        if s.value is not None:
            self.expr(s.value)
            self.store(s.target)
        if b.scope.kind in ("module", "class"):
            if not isinstance(s.target, ir.Name):
                if isinstance(s.target, ir.Attribute):
                    self.expr(s.target.value)
                    b.emit(op.POP_TOP)
                self.expr(s.annotation)
                b.emit(op.POP_TOP, 0, s.annotation)
                return
            self.expr(s.annotation)
            self.load_name("__annotations__", s)
            b.emit(op.LOAD_CONST, b.const(s.target.id), s)
            b.emit(op.STORE_SUBSCR, 0, s)

    def _setup_annotations(self, body, node):
        """`__annotations__ = {}` at the start of a module or class body that annotates a name."""
        if _annotates_a_name(body):
            self.b.emit(op.BUILD_MAP, 0, node)
            self.store_name("__annotations__", node)

    def s_Delete(self, s):
        for t in s.targets:
            self.delete(t)

    def delete(self, t):
        b = self.b
        if isinstance(t, ir.Name):
            self.delete_name(t.id, t)
        elif isinstance(t, ir.Attribute):
            self.expr(t.value)
            b.emit(op.DELETE_ATTR, b.name_index(t.attr), t)
        elif isinstance(t, ir.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(op.DELETE_SUBSCR, 0, t)
        elif isinstance(t, (ir.Tuple_, ir.List)):
            for e in t.elts:
                self.delete(e)

    def s_Pass(self, s):
        pass

    def s_Break(self, s):
        saved = self._unwind(s, until_loop=True, preserve=False)
        loop = self._innermost_loop()
        if loop.kind == "for":
            self.b.emit(op.POP_TOP, 0, s)
        self.b.emit(op.JUMP_FORWARD, loop.exit, s)
        self.b.handler = saved

    def s_Continue(self, s):
        saved = self._unwind(s, until_loop=True, preserve=False)
        loop = self._innermost_loop()
        self.b.emit(op.JUMP_BACKWARD, loop.start, s)
        self.b.handler = saved

    def _innermost_loop(self):
        for blk in reversed(self.b.blocks):
            if blk.kind in ("for", "while"):
                return blk
        raise AssertionError("loop expected")

    def s_Return(self, s):
        b = self.b
        preserve = s.value is not None
        if preserve:
            self.expr(s.value)
        saved = self._unwind(s, until_loop=False, preserve=preserve)
        if preserve:
            b.emit(op.RETURN_VALUE, 0, s)
        else:
            b.emit(op.RETURN_CONST, b.const(None), s)
        b.handler = saved

    def _unwind(self, node, until_loop: bool, preserve: bool):
        """Emit the exits of enclosing blocks for a return (all of them) or break/continue (to the loop).

        Leaves `b.handler` as it is outside the unwound blocks, for the jump or return that follows, and
        returns the handler to restore afterwards."""
        b = self.b
        saved_blocks = b.blocks
        saved_handler = b.handler
        i = len(saved_blocks)
        while i > 0:
            blk = saved_blocks[i - 1]
            if until_loop and blk.kind in ("for", "while"):
                break
            i -= 1
            b.blocks = saved_blocks[:i]
            if blk.kind == "for":
                if preserve:
                    b.emit(op.SWAP, 2, node)
                b.emit(op.POP_TOP, 0, node)
            elif blk.kind == "try":
                b.handler = blk.handler
            elif blk.kind == "handler":
                b.handler = blk.handler
                if preserve:
                    b.emit(op.SWAP, 2, node)
                b.emit(op.POP_EXCEPT, 0, node)
                b.handler = blk.outer
                if blk.name is not None:
                    self._clear_name(blk.name, node)
            elif blk.kind == "finally_end":
                b.handler = blk.handler
                if preserve:
                    b.emit(op.SWAP, 2, node)
                    b.emit(op.POP_TOP, 0, node)
                    b.emit(op.SWAP, 2, node)
                else:
                    b.emit(op.POP_TOP, 0, node)
                b.emit(op.POP_EXCEPT, 0, node)
            elif blk.kind == "with":
                b.handler = blk.handler
                if preserve:
                    b.emit(op.SWAP, 2, node)
                self._call_exit_with_nones(blk.body, blk.name == "async")
            elif blk.kind == "value":  # a return's value, kept while a finally body runs: a break,
                if preserve:               # continue or return in that body drops it (CPython's POP_VALUE)
                    b.emit(op.SWAP, 2, node)
                b.emit(op.POP_TOP, 0, node)
            elif blk.kind == "finally_try":
                b.handler = blk.handler
                if preserve:
                    b.blocks = b.blocks + [_Block("value", 1)]
                self.stmts(blk.body)
                if preserve:
                    b.blocks = b.blocks[:-1]
        b.blocks = saved_blocks
        return saved_handler

    def _clear_name(self, name, node):
        b = self.b
        b.emit(op.LOAD_CONST, b.const(None), node)
        self.store_name(name, node)
        self.delete_name(name, node)

    def s_Raise(self, s):
        b = self.b
        if s.exc is None:
            b.emit(op.RAISE_VARARGS, 0, s)
            return
        self.expr(s.exc)
        if s.cause is not None:
            self.expr(s.cause)
            b.emit(op.RAISE_VARARGS, 2, s)
        else:
            b.emit(op.RAISE_VARARGS, 1, s)

    def s_Global(self, s):
        pass

    s_Nonlocal = s_Global

    def s_Assert(self, s):
        b = self.b
        end = Label()
        self.jump_if(s.test, end, True)
        b.emit(op.LOAD_ASSERTION_ERROR, 0, s)
        if s.msg is not None:
            self.expr(s.msg)
            b.emit(op.CALL, 1, s)
        b.emit(op.RAISE_VARARGS, 1, s)
        b.bind(end)

    def s_Import(self, s):
        b = self.b
        for alias in s.names:
            b.emit(op.IMPORT_NAME, b.name_index(alias.name), alias)
            if alias.asname is not None:
                for part in alias.name.split(".")[1:]:
                    b.emit(op.IMPORT_FROM, b.name_index(part), alias)
                    b.emit(op.SWAP, 2, alias)
                    b.emit(op.POP_TOP, 0, alias)
                self.store_name(alias.asname, alias)
            else:
                self.store_name(alias.name.split(".")[0], alias)

    def s_ImportFrom(self, s):
        b = self.b
        b.emit(op.IMPORT_NAME, b.name_index(s.module or ""), s)
        for part in (s.module or "").split(".")[1:]:  # IMPORT_NAME gave the top-level package
            b.emit(op.IMPORT_FROM, b.name_index(part), s)
            b.emit(op.SWAP, 2, s)
            b.emit(op.POP_TOP, 0, s)
        for alias in s.names:
            b.emit(op.IMPORT_FROM, b.name_index(alias.name), alias)
            self.store_name(alias.asname or alias.name, alias)
        b.emit(op.POP_TOP, 0, s)

    def s_If(self, s):
        b = self.b
        end = Label()
        while s.orelse:  # an `elif` chain (Ifs nested in orelse) compiles in a loop, not by recursion
            other = Label()
            self.jump_if(s.test, other, False)
            self.stmts(s.body)
            if not _ends_flow(s.body):
                b.emit(op.JUMP_FORWARD, end)
            b.bind(other)
            if len(s.orelse) == 1 and isinstance(s.orelse[0], ir.If):
                s = s.orelse[0]
                continue
            self.stmts(s.orelse)
            break
        else:
            self.jump_if(s.test, end, False)
            self.stmts(s.body)
        b.bind(end)

    def _push_block(self, block, node):
        """Enter a loop or `with` block. Like CPython (CO_MAXBLOCKS), refuse more than 20 nested: `with a,
        b, ...` nests one block per item, and compiles by recursion."""
        if len(self.b.blocks) >= 20:
            self.error(node, "too many statically nested blocks")
        self.b.blocks.append(block)

    def s_While(self, s):
        b = self.b
        start, orelse, end = Label(), Label(), Label()
        b.bind(start)
        infinite = isinstance(s.test, ir.Constant) and bool(s.test.value)
        if not infinite:
            self.jump_if(s.test, orelse, False)
        self._push_block(_Block("while", 0, start=start, exit=end), s)
        self.stmts(s.body)
        b.blocks.pop()
        b.emit(op.JUMP_BACKWARD, start, s.test)
        b.bind(orelse)
        self.stmts(s.orelse)
        b.bind(end)

    def s_For(self, s):
        if s.is_async:
            return self._async_for(s)
        b = self.b
        start, done, end = Label(), Label(), Label()
        self._iter_operand(s.iter)
        b.emit(op.GET_ITER, 0, s)  # CPython 3.11 places the loop's iteration on the whole statement
        b.bind(start)
        b.emit(op.FOR_ITER, done, s)
        self._push_block(_Block("for", 1, start=start, exit=end), s)
        self.store(s.target)
        self.stmts(s.body)
        b.blocks.pop()
        b.emit(op.JUMP_BACKWARD, start, s.iter)
        b.bind(done)
        self.stmts(s.orelse)
        b.bind(end)

    def _async_for(self, s):
        """`async for`: await `__anext__()` each time round; StopAsyncIteration from it ends the loop
        (END_ASYNC_FOR is the handler of just that part)."""
        b = self.b
        start, done, end = Label(), Label(), Label()
        self.expr(s.iter)
        b.emit(op.GET_AITER, 0, s)
        b.bind(start)
        outer_handler = b.handler
        b.handler = (done, b.depth() + 1)
        b.emit(op.GET_ANEXT, 0, s)
        self._await(s)
        b.handler = outer_handler
        self._push_block(_Block("for", 1, start=start, exit=end), s)
        self.store(s.target)
        self.stmts(s.body)
        b.blocks.pop()
        b.emit(op.JUMP_BACKWARD, start, s.iter)
        b.bind(done)
        b.emit(op.END_ASYNC_FOR, 0, s)
        self.stmts(s.orelse)
        b.bind(end)

    def s_Try(self, s):
        if s.finalbody:
            self._try_finally(s)
        else:
            self._try_except(s.body, s.handlers, s.orelse, s)

    def _try_finally(self, s):
        b = self.b
        end = Label()
        handler_label = Label()
        depth = b.depth()
        outer_handler = b.handler
        b.handler = (handler_label, depth)
        b.blocks.append(_Block("finally_try", 0, body=s.finalbody, handler=outer_handler))
        if s.handlers:
            self._try_except(s.body, s.handlers, s.orelse, s)
        else:
            self.stmts(s.body)
        b.blocks.pop()
        b.handler = outer_handler
        # normal path
        self.stmts(s.finalbody)
        b.emit(op.JUMP_FORWARD, end)
        # exceptional path: [exc] -> [prev exc]
        b.bind(handler_label)
        cleanup = Label()
        b.emit(op.PUSH_EXC_INFO, 0, s)
        b.handler = (cleanup, depth + 1)
        b.blocks.append(_Block("finally_end", 2, handler=outer_handler))
        self.stmts(s.finalbody)
        b.blocks.pop()
        b.emit(op.RERAISE, 0)
        b.handler = outer_handler
        b.bind(cleanup)
        self._emit_cleanup()
        b.bind(end)

    def _emit_cleanup(self):
        """[prev new_exc] -> restore the handled exception to prev and re-raise new_exc."""
        b = self.b
        b.emit(op.SWAP, 2)
        b.emit(op.POP_EXCEPT)
        b.emit(op.RERAISE)

    def _try_except(self, body, handlers, orelse, node):
        b = self.b
        end = Label()
        handler_label = Label()
        depth = b.depth()
        outer_handler = b.handler
        b.handler = (handler_label, depth)
        b.blocks.append(_Block("try", 0, handler=outer_handler))
        self.stmts(body)
        b.blocks.pop()
        b.handler = outer_handler
        self.stmts(orelse)
        b.emit(op.JUMP_FORWARD, end)

        b.bind(handler_label)
        cleanup = Label()
        b.emit(op.PUSH_EXC_INFO, 0, handlers[0] if handlers else node)
        b.handler = (cleanup, depth + 1)
        for h in handlers:
            next_handler = Label()
            if h.type is not None:
                self.expr(h.type)
                b.emit(op.CHECK_EXC_MATCH, 0, h.type)
                b.emit(op.POP_JUMP_IF_FALSE, next_handler, h.type)
            if h.name is not None:
                self.store_name(h.name, h)
                # the name is cleared however the handler body ends
                name_cleanup = Label()
                b.handler = (name_cleanup, depth + 1)
                b.blocks.append(_Block("handler", 1, name=h.name, handler=(cleanup, depth + 1),
                                       outer=outer_handler))
                self.stmts(h.body)
                b.blocks.pop()
                b.handler = (cleanup, depth + 1)
                b.emit(op.POP_EXCEPT, 0, h)
                b.handler = outer_handler  # the handled exception is gone: the outer handler applies
                self._clear_name(h.name, h)
                b.emit(op.JUMP_FORWARD, end)
                b.handler = (cleanup, depth + 1)
                b.bind(name_cleanup)
                self._clear_name(h.name, h)
                b.emit(op.RERAISE)
            else:
                b.emit(op.POP_TOP, 0, h)
                b.blocks.append(_Block("handler", 1, handler=(cleanup, depth + 1), outer=outer_handler))
                self.stmts(h.body)
                b.blocks.pop()
                b.emit(op.POP_EXCEPT, 0, h)
                b.handler = outer_handler
                b.emit(op.JUMP_FORWARD, end)
                b.handler = (cleanup, depth + 1)
            b.bind(next_handler)
        b.emit(op.RERAISE)
        b.handler = outer_handler
        b.bind(cleanup)
        self._emit_cleanup()
        b.bind(end)

    def s_With(self, s):
        self._with_item(s, 0)

    def _with_item(self, s, i):
        """`with a as x, b: body` is `with a as x: with b: body`. The bound `__exit__` stays on the stack
        under the body; the body's handler calls it with the exception and re-raises unless it returns
        a true value; a return/break/continue out of the body calls it with Nones (see `_unwind`)."""
        b = self.b
        item = s.items[i]
        where = s  # CPython 3.11 locates the protocol calls on the whole statement
        self.expr(item.context_expr)
        b.emit(op.BEFORE_ASYNC_WITH if s.is_async else op.BEFORE_WITH, 0, where)
        b.emit(op.CALL, 0, where)
        if s.is_async:
            self._await(where)
        depth = b.depth()
        outer_handler = b.handler
        handler_label, cleanup, end = Label(), Label(), Label()
        b.handler = (handler_label, depth + 1)
        self._push_block(_Block("with", 1, handler=outer_handler, body=s, name="async" if s.is_async else None), s)
        if item.optional_vars is not None:
            self.store(item.optional_vars)
        else:
            b.emit(op.POP_TOP, 0, where)
        if i + 1 < len(s.items):
            self._with_item(s, i + 1)
        else:
            self.stmts(s.body)
        b.blocks.pop()
        b.handler = outer_handler
        self._call_exit_with_nones(where, s.is_async)
        b.emit(op.JUMP_FORWARD, end)
        # exceptional path: [exit exc] -> [exit prev exc], call exit(type, exc, None)
        b.bind(handler_label)
        b.emit(op.PUSH_EXC_INFO, 0, where)
        b.handler = (cleanup, depth + 2)
        b.emit(op.WITH_EXCEPT_START, 0, where)
        b.emit(op.CALL, 3, where)
        if s.is_async:
            self._await(where)
        suppress = Label()
        b.emit(op.POP_JUMP_IF_TRUE, suppress, where)
        b.emit(op.RERAISE, 0, where)
        b.bind(suppress)
        b.emit(op.POP_TOP, 0, where)
        b.emit(op.POP_EXCEPT, 0, where)
        b.handler = outer_handler
        b.emit(op.POP_TOP, 0, where)
        b.emit(op.JUMP_FORWARD, end)
        b.bind(cleanup)
        self._emit_cleanup()
        b.bind(end)

    def _call_exit_with_nones(self, where, is_async=False):
        """[exit] -> []: the normal way out of a with block."""
        b = self.b
        none = b.const(None)
        for _ in range(3):
            b.emit(op.LOAD_CONST, none, where)
        b.emit(op.CALL, 3, where)
        if is_async:
            self._await(where)
        b.emit(op.POP_TOP, 0, where)

    def s_FunctionDef(self, s):
        b = self.b
        for d in s.decorators:
            self.expr(d)
        flags = self._defaults(s.args, s)
        self._annotations(s.args, s.returns)
        code = self._function_code(s, s.name, s.args, s.body, is_lambda=False)
        self._make_function(code, flags, s)
        for d in reversed(s.decorators):
            b.emit(op.CALL, 1, d)
        self.store_name(s.name, s)

    def _defaults(self, args: ir.Arguments, node) -> int:
        b = self.b
        flags = 0
        if args.defaults:
            for d in args.defaults:
                self.expr(d)
            b.emit(op.BUILD_TUPLE, len(args.defaults), node)
            flags |= 1
        kw = [(a.name, d) for a, d in zip(args.kwonly, args.kw_defaults) if d is not None]
        if kw:
            for _, d in kw:
                self.expr(d)
            b.emit(op.LOAD_CONST, b.const(tuple(name for name, _ in kw)), node)
            b.emit(op.DICT_FROM_KEYS, len(kw), node)
            flags |= 2
        return flags

    def _annotations(self, args: ir.Arguments, returns):
        """Annotations in a function's signature are not evaluated (as under `from __future__ import
        annotations`): agent code annotates with types that only the host's stubs define."""

    def _make_function(self, code: Code, flags: int, node):
        b = self.b
        if code.freevars:
            for name in code.freevars:
                b.emit(op.LOAD_CLOSURE, b.scope.cell_index(name), node)
            b.emit(op.BUILD_TUPLE, len(code.freevars), node)
            flags |= 8
        b.emit(op.LOAD_CONST, b.const(code), node)
        b.emit(op.MAKE_FUNCTION, flags, node)

    def s_ClassDef(self, s):
        b = self.b
        for d in s.decorators:
            self.expr(d)
        b.emit(op.LOAD_BUILD_CLASS, 0, s)
        scope = self.res.scope_of(s)
        outer = self.b
        self.b = body = Builder(scope, s.name, scope.qualname, s.span[0])
        first = s.body[0] if s.body else s
        body.emit(op.LOAD_NAME, body.name_index("__name__"), first)
        body.emit(op.STORE_NAME, body.name_index("__module__"), first)
        body.emit(op.LOAD_CONST, body.const(scope.qualname), first)
        body.emit(op.STORE_NAME, body.name_index("__qualname__"), first)
        if s.docstring is not None:
            body.emit(op.LOAD_CONST, body.const(s.docstring), first)
            body.emit(op.STORE_NAME, body.name_index("__doc__"), first)
        self._setup_annotations(s.body, first)
        self.stmts(s.body)
        if "__class__" in scope.cellvars:
            body.emit(op.LOAD_CLOSURE, scope.cell_index("__class__"), s)
            body.emit(op.RETURN_VALUE, 0, s)
        else:
            body.emit(op.RETURN_CONST, body.const(None), s)
        code = body.build(C.CLASS_BODY, 0, 0, 0, s.docstring, self.source)
        self.b = outer
        self._make_function(code, 0, s)
        b.emit(op.LOAD_CONST, b.const(s.name), s)
        for base in s.bases:
            self.expr(base)
        names = []
        for k in s.keywords:
            if k.arg is None:
                self.error(k, "'**' in a class definition's keywords is not supported")
            self.expr(k.value)
            names.append(k.arg)
        if names:
            b.emit(op.LOAD_CONST, b.const(tuple(names)), s)
            b.emit(op.CALL_KW, 2 + len(s.bases) + len(names), s)
        else:
            b.emit(op.CALL, 2 + len(s.bases), s)
        for d in reversed(s.decorators):
            b.emit(op.CALL, 1, d)
        self.store_name(s.name, s)

    def s_Match(self, s):
        """The subject stays on the stack while cases are tried (matching, then the guard); a case that
        matches pops it before its body. Simple patterns compile to plain comparisons; the rest become
        one MATCH_PATTERN over a constant pattern tree (see patterns.py and runtime/matching.py)."""
        b = self.b
        end = Label()
        self.expr(s.subject)
        for i, case in enumerate(s.cases):
            if case.guard is None and i < len(s.cases) - 1 and patterns.irrefutable(case.pattern):
                self.error(case.pattern, patterns.unreachable_message(case.pattern))
            try:
                compiled = patterns.compile_pattern(case.pattern)
            except patterns.PatternError as e:
                self.error(e.node, e.message)
            next_case = Label()
            self._match_case(compiled, case.pattern, next_case)
            if case.guard is not None:
                self.jump_if(case.guard, next_case, False)
            b.emit(op.POP_TOP, 0, case.pattern)
            self.stmts(case.body)
            b.emit(op.JUMP_FORWARD, end)
            b.bind(next_case)
        b.emit(op.POP_TOP, 0, s)
        b.bind(end)

    def _match_case(self, compiled, node, next_case):
        """[subject] -> [subject] with the captures stored, or a jump to next_case when no match."""
        b = self.b
        tree = compiled.tree
        kind = tree[0]
        if kind == "any":
            return
        if kind == "as" and tree[1] is None:
            b.emit(op.COPY, 1, node)
            self.store_name(compiled.names[0], node)
            return
        if kind in ("const", "is", "value"):
            b.emit(op.COPY, 1, node)
            if kind == "value":
                self.expr(compiled.values[0])
            else:
                b.emit(op.LOAD_CONST, b.const(tree[1]), node)
            compare = "is" if kind == "is" else "=="
            b.emit(op.COMPARE_OP, op.COMPARE_OPS.index(compare), node)
            b.emit(op.POP_JUMP_IF_FALSE, next_case, node)
            return
        failed = Label()
        b.emit(op.COPY, 1, node)
        for v in compiled.values:
            self.expr(v)
        b.emit(op.BUILD_TUPLE, len(compiled.values), node)
        b.emit(op.MATCH_PATTERN, b.const((tree, len(compiled.names))), node)
        b.emit(op.POP_JUMP_IF_FALSE, failed, node)
        if compiled.names:
            b.emit(op.UNPACK_SEQUENCE, len(compiled.names), node)
            for name in compiled.names:
                self.store_name(name, node)
        else:
            b.emit(op.POP_TOP, 0, node)
        matched = Label()
        b.emit(op.JUMP_FORWARD, matched)
        b.bind(failed)
        b.emit(op.POP_TOP, 0, node)
        b.emit(op.JUMP_FORWARD, next_case)
        b.bind(matched)

    # ---------------------------------------------------------------- stores

    def store(self, t):
        b = self.b
        if isinstance(t, ir.Name):
            self.store_name(t.id, t)
        elif isinstance(t, ir.Attribute):
            self.expr(t.value)
            b.emit(op.STORE_ATTR, b.name_index(t.attr), t)
        elif isinstance(t, ir.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
            b.emit(op.STORE_SUBSCR, 0, t)
        elif isinstance(t, (ir.Tuple_, ir.List)):
            stars = [i for i, e in enumerate(t.elts) if isinstance(e, ir.Starred)]
            if stars:
                i = stars[0]
                after = len(t.elts) - i - 1
                if i > 255 or after > 255:
                    self.error(t, "too many expressions in star-unpacking assignment")
                b.emit(op.UNPACK_EX, i | (after << 8), t)
            else:
                b.emit(op.UNPACK_SEQUENCE, len(t.elts), t)
            for e in t.elts:
                self.store(e.value if isinstance(e, ir.Starred) else e)
        else:
            self.error(t, "cannot assign to expression")

    # ---------------------------------------------------------------- conditions

    def jump_if(self, e, target: Label, when: bool):
        """Jump to `target` when `e` is truthy (`when`) or falsy (not `when`); fall through otherwise."""
        b = self.b
        if isinstance(e, ir.UnaryOp) and e.op == "not":
            self.jump_if(e.operand, target, not when)
            return
        if isinstance(e, ir.BoolOp):
            is_and = e.op == "and"
            if is_and != when:
                # and/false or or/true: any operand deciding jumps to target
                for v in e.values:
                    self.jump_if(v, target, when)
            else:
                skip = Label()
                for v in e.values[:-1]:
                    self.jump_if(v, skip, not when)
                self.jump_if(e.values[-1], target, when)
                b.bind(skip)
            return
        if isinstance(e, ir.Compare) and len(e.ops) == 1 and not when and e.ops[0] not in ("in", "not in"):
            self.expr(e.left)
            self.expr(e.comparators[0])
            b.emit(op.COMPARE_JUMP_IF_FALSE, (target, _CMP[e.ops[0]]), e)
            return
        if isinstance(e, ir.Constant):
            if bool(e.value) == when:
                b.emit(op.JUMP_FORWARD, target, e)
            return
        self.expr(e)
        b.emit(op.POP_JUMP_IF_TRUE if when else op.POP_JUMP_IF_FALSE, target, e)

    # ---------------------------------------------------------------- expressions

    def expr(self, e):
        self.nesting += 1
        if self.nesting > 250:
            self.error(e, "expression nested too deeply (more than 200 levels)")
        getattr(self, "e_" + type(e).__name__)(e)
        self.nesting -= 1

    def e_Name(self, e):
        self.load_name(e.id, e)

    def e_Constant(self, e):
        self.b.emit(op.LOAD_CONST, self.b.const(e.value), e)

    def e_JoinedStr(self, e):
        b = self.b
        count = 0
        for v in e.values:
            if isinstance(v, ir.Constant):
                b.emit(op.LOAD_CONST, b.const(v.value), v)
            else:
                self.e_FormattedValue(v)
            count += 1
        if count == 0:
            b.emit(op.LOAD_CONST, b.const(""), e)
        elif count > 1 or isinstance(e.values[0], ir.Constant) is False and False:
            b.emit(op.BUILD_STRING, count, e)

    def e_FormattedValue(self, e):
        b = self.b
        self.expr(e.value)
        flags = _CONVERSION[e.conversion]
        if e.format_spec is not None:
            self.e_JoinedStr(e.format_spec)
            flags |= 4
        b.emit(op.FORMAT_VALUE, flags, e.value)

    def e_BinOp(self, e):
        folded = _fold(e, 0, self.unfoldable)
        if folded is not None:
            self.b.emit(op.LOAD_CONST, self.b.const(folded), e)
            return
        self.expr(e.left)
        self.expr(e.right)
        self.b.emit(op.BINARY_OP, _BINOP[e.op], e)

    def e_UnaryOp(self, e):
        if e.op in "-+" and isinstance(e.operand, ir.Constant) and type(e.operand.value) in (int, float) :
            value = -e.operand.value if e.op == "-" else +e.operand.value
            self.b.emit(op.LOAD_CONST, self.b.const(value), e)
            return
        self.expr(e.operand)
        self.b.emit(op.UNARY_OP, _UNARY[e.op], e)

    def e_BoolOp(self, e):
        b = self.b
        end = Label()
        jump = op.JUMP_IF_FALSE_OR_POP if e.op == "and" else op.JUMP_IF_TRUE_OR_POP
        for v in e.values[:-1]:
            self.expr(v)
            b.emit(jump, end, v)
        self.expr(e.values[-1])
        b.bind(end)

    def e_Compare(self, e):
        b = self.b
        self.expr(e.left)
        if len(e.ops) == 1:
            if e.ops[0] in ("in", "not in"):
                self._iter_operand(e.comparators[0])
            else:
                self.expr(e.comparators[0])
            b.emit(op.COMPARE_OP, _CMP[e.ops[0]], e)
            return
        cleanup, end = Label(), Label()
        for i, (o, right) in enumerate(zip(e.ops, e.comparators)):
            if i == len(e.ops) - 1 and o in ("in", "not in"):
                self._iter_operand(right)
            else:
                self.expr(right)
            if i < len(e.ops) - 1:
                b.emit(op.SWAP, 2, e)
                b.emit(op.COPY, 2, e)
                b.emit(op.COMPARE_OP, _CMP[o], e)
                b.emit(op.JUMP_IF_FALSE_OR_POP, cleanup, e)
            else:
                b.emit(op.COMPARE_OP, _CMP[o], e)
        b.emit(op.JUMP_FORWARD, end)
        b.bind(cleanup)
        b.emit(op.SWAP, 2, e)
        b.emit(op.POP_TOP, 0, e)
        b.bind(end)

    def e_IfExp(self, e):
        b = self.b
        other, end = Label(), Label()
        self.jump_if(e.test, other, False)
        self.expr(e.body)
        b.emit(op.JUMP_FORWARD, end)
        b.bind(other)
        self.expr(e.orelse)
        b.bind(end)

    def e_NamedExpr(self, e):
        self.expr(e.value)
        self.b.emit(op.COPY, 1, e)
        self.store_name(e.target.id, e.target)

    def e_Lambda(self, e):
        flags = self._defaults(e.args, e)
        code = self._function_code(e, "<lambda>", e.args, e.body, is_lambda=True)
        self._make_function(code, flags, e)

    def e_Call(self, e):
        b = self.b
        if self._zero_arg_super(e):
            return
        has_star = any(isinstance(a, ir.Starred) for a in e.args)
        has_dstar = any(k.arg is None for k in e.keywords)
        if has_star or has_dstar:
            self.callee(e.func)
            self._star_args(e)
            return
        kwnames = tuple(k.arg for k in e.keywords)
        if isinstance(e.func, ir.Attribute):
            self.expr(e.func.value)
            b.emit(op.LOAD_METHOD, b.name_index(e.func.attr), e.func)
            for a in e.args:
                self.expr(a)
            for k in e.keywords:
                self.expr(k.value)
            if kwnames:
                b.emit(op.LOAD_CONST, b.const(kwnames), e)
                b.emit(op.CALL_METHOD_KW, len(e.args) + len(kwnames), e)
            else:
                b.emit(op.CALL_METHOD, len(e.args), e)
            return
        self.callee(e.func)
        for a in e.args:
            self.expr(a)
        for k in e.keywords:
            self.expr(k.value)
        if kwnames:
            b.emit(op.LOAD_CONST, b.const(kwnames), e)
            b.emit(op.CALL_KW, len(e.args) + len(kwnames), e)
        else:
            b.emit(op.CALL, len(e.args), e)

    def _zero_arg_super(self, e) -> bool:
        """`super()` in a method becomes `super(__class__, <first argument>)`, as CPython arranges."""
        b = self.b
        if not (isinstance(e.func, ir.Name) and e.func.id == "super" and not e.args and not e.keywords):
            return False
        scope = b.scope
        if scope.kind != "function" or "__class__" not in scope.freevars:
            return False
        if b.scope.symbols.get("super", GLOBAL_IMPLICIT) not in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT):
            return False
        node = scope.node
        params = [a.name for a in node.args.posonly + node.args.args] if hasattr(node, "args") else []
        if not params and node.args.vararg is None:
            return False  # super() with nothing to bind: the builtin raises "super(): no arguments"
        self.callee(e.func)
        b.emit(op.LOAD_DEREF, scope.cell_index("__class__"), e)
        if params:
            self.load_name(params[0], e)
        else:
            self.load_name(node.args.vararg.name, e)
            b.emit(op.LOAD_CONST, b.const(0), e)
            b.emit(op.BINARY_SUBSCR, 0, e)
        b.emit(op.CALL, 2, e)
        return True

    def callee(self, func):
        """The function of a call: a global name gets LOAD_GLOBAL_CALLEE (see opcodes)."""
        b = self.b
        if isinstance(func, ir.Name):
            kind = b.scope.symbols.get(func.id, GLOBAL_IMPLICIT) if b.scope.kind != "module" else GLOBAL_IMPLICIT
            if kind in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT):
                b.emit(op.LOAD_GLOBAL_CALLEE, b.name_index(func.id), func)
                return
        self.expr(func)

    def _star_args(self, e):
        b = self.b
        b.emit(op.BUILD_LIST, 0, e)
        for a in e.args:
            if isinstance(a, ir.Starred):
                self.expr(a.value)
                b.emit(op.LIST_EXTEND, 1 | 0x100, a)
            else:
                self.expr(a)
                b.emit(op.LIST_APPEND, 1, a)
        b.emit(op.LIST_TO_TUPLE, 0, e)
        if e.keywords:
            b.emit(op.BUILD_MAP, 0, e)
            for k in e.keywords:
                if k.arg is None:
                    self.expr(k.value)
                    b.emit(op.DICT_MERGE, 1, k)
                else:
                    b.emit(op.LOAD_CONST, b.const(k.arg), k)
                    self.expr(k.value)
                    b.emit(op.BUILD_MAP, 1, k)
                    b.emit(op.DICT_MERGE, 1, k)
            b.emit(op.CALL_EX, 1, e)
        else:
            b.emit(op.CALL_EX, 0, e)

    def e_Attribute(self, e):
        self.expr(e.value)
        self.b.emit(op.LOAD_ATTR, self.b.name_index(e.attr), e)

    def e_Subscript(self, e):
        self.expr(e.value)
        self.expr(e.slice)
        self.b.emit(op.BINARY_SUBSCR, 0, e)

    def e_Slice(self, e):
        b = self.b
        for part in (e.lower, e.upper):
            if part is None:
                b.emit(op.LOAD_CONST, b.const(None), e)
            else:
                self.expr(part)
        if e.step is not None:
            self.expr(e.step)
            b.emit(op.BUILD_SLICE, 3, e)
        else:
            b.emit(op.BUILD_SLICE, 2, e)

    def e_Starred(self, e):
        self.error(e, "can't use starred expression here")

    def e_Tuple_(self, e):
        b = self.b
        if all(isinstance(x, ir.Constant) for x in e.elts):
            b.emit(op.LOAD_CONST, b.const(tuple(x.value for x in e.elts)), e)
            return
        if self._sequence(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, e):
            b.emit(op.LIST_TO_TUPLE, 0, e)
        else:
            b.emit(op.BUILD_TUPLE, len(e.elts), e)

    def _sequence(self, elts, build, append, extend, node) -> bool:
        """Emit the elements; True if they were gathered into a fresh container because of starred ones."""
        b = self.b
        if not any(isinstance(x, ir.Starred) for x in elts):
            for x in elts:
                self.expr(x)
            return False
        b.emit(build, 0, node)
        for x in elts:
            if isinstance(x, ir.Starred):
                self.expr(x.value)
                b.emit(extend, 1, x)
            else:
                self.expr(x)
                b.emit(append, 1, x)
        return True

    def e_List(self, e):
        if not self._sequence(e.elts, op.BUILD_LIST, op.LIST_APPEND, op.LIST_EXTEND, e):
            self.b.emit(op.BUILD_LIST, len(e.elts), e)

    def e_Set(self, e):
        frozen = self._frozenset_const(e) if len(e.elts) > 2 else None
        if frozen is not None:  # CPython 3.11: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1
            b = self.b
            b.emit(op.BUILD_SET, 0, e)
            b.emit(op.LOAD_CONST, b.const(frozen), e)
            b.emit(op.SET_UPDATE, 1, e)
            return
        if not self._sequence(e.elts, op.BUILD_SET, op.SET_ADD, op.SET_UPDATE, e):
            self.b.emit(op.BUILD_SET, len(e.elts), e)

    def _frozenset_const(self, e):
        """The frozenset constant CPython makes of a set display of constants (None if it makes none).

        Iteration order is a property of the table, so this goes through CPython's steps: a frozenset
        of the items in source order, rebuilt from its own iteration order when merged into the
        module-wide constant cache, where an equal frozenset met earlier in the module wins."""
        values = [_constant(x) for x in e.elts]
        if any(v is _NOT_CONSTANT for v in values):
            return None
        first = frozenset(values)
        key = frozenset(_const_key(v) for v in first)
        found = self.frozensets.get(key)
        if found is None:
            found = self.frozensets[key] = frozenset(tuple(first))
        return found

    def _iter_operand(self, e):
        """An iterable operand (`for`, comprehensions, `in`): a set display of constants is a frozenset."""
        frozen = self._frozenset_const(e) if isinstance(e, ir.Set) else None
        if frozen is not None:
            self.b.emit(op.LOAD_CONST, self.b.const(frozen), e)
        else:
            self.expr(e)

    def e_Dict(self, e):
        b = self.b
        if all(k is not None for k in e.keys):
            for k, v in zip(e.keys, e.values):
                self.expr(k)
                self.expr(v)
            b.emit(op.BUILD_MAP, len(e.keys), e)
            return
        b.emit(op.BUILD_MAP, 0, e)
        for k, v in zip(e.keys, e.values):
            if k is None:
                self.expr(v)
                b.emit(op.DICT_UPDATE, 1, v)
            else:
                self.expr(k)
                self.expr(v)
                b.emit(op.MAP_ADD, 1, v)

    def _comprehension(self, e, kind):
        outer = self.b
        scope = self.res.scope_of(e)
        name = scope.name
        self.b = b = Builder(scope, name, scope.qualname, e.span[0])
        b.unchecked = {0}
        if kind == "list":
            b.emit(op.BUILD_LIST, 0, e)
        elif kind == "set":
            b.emit(op.BUILD_SET, 0, e)
        elif kind == "dict":
            b.emit(op.BUILD_MAP, 0, e)
        self._comp_loop(e, kind, 0, 1 if kind != "gen" else 0)
        if kind == "gen":
            b.emit(op.RETURN_CONST, b.const(None), e)
        else:
            b.emit(op.RETURN_VALUE, 0, e)
        flags = C.COMPREHENSION | (C.GENERATOR if kind == "gen" else 0)
        code = b.build(flags, 1, 0, 0, None, self.source)
        self.b = outer
        self._make_function(code, 0, e)
        self._iter_operand(e.generators[0].iter)
        outer.emit(op.GET_ITER, 0, e)
        outer.emit(op.CALL, 1, e)

    def _comp_loop(self, e, kind, index, depth):
        b = self.b
        loops = []  # one loop per `for` clause, each inside the one before: opened in a loop, not by
        #             recursion, as a comprehension may have thousands of clauses (CPython accepts them)
        for index in range(index, len(e.generators)):
            gen = e.generators[index]
            start, skip, done = Label(), Label(), Label()
            if index == 0:
                b.emit(op.LOAD_FAST_NOCHECK, 0, gen.iter)
            else:
                self._iter_operand(gen.iter)
                b.emit(op.GET_ITER, 0, e)
            b.bind(start)
            b.emit(op.FOR_ITER, done, e)
            self.store(gen.target)
            self._bound_from_here(gen.target)
            for cond in gen.ifs:  # a failed condition skips forward to the back-edge, which counts a step
                self.jump_if(cond, skip, False)
            loops.append((start, skip, done, gen))
        depth += len(loops) - 1
        if kind == "gen":
            self.expr(e.elt)
            b.emit(op.YIELD_VALUE, 0, e.elt)
            b.emit(op.POP_TOP, 0, e.elt)
        elif kind == "dict":
            self.expr(e.key)
            self.expr(e.value)
            b.emit(op.MAP_ADD, depth + 1, e)
        else:
            self.expr(e.elt)
            b.emit(op.LIST_APPEND if kind == "list" else op.SET_ADD, depth + 1, e.elt)
        for start, skip, done, gen in reversed(loops):
            b.bind(skip)
            b.emit(op.JUMP_BACKWARD, start, gen.iter)
            b.bind(done)

    def _bound_from_here(self, target):
        """A comprehension's target names are bound from their clause on: nothing in a comprehension can
        unbind them (no `del`, and `:=` cannot name them), so the loads that follow need no check."""
        b = self.b
        for name in target_names(target):
            if b.scope.symbols.get(name) == LOCAL:
                b.unchecked.add(b.scope.slot(name))

    def e_ListComp(self, e):
        self._comprehension(e, "list")

    def e_SetComp(self, e):
        self._comprehension(e, "set")

    def e_DictComp(self, e):
        self._comprehension(e, "dict")

    def e_GeneratorExp(self, e):
        self._comprehension(e, "gen")

    def e_Yield(self, e):
        b = self.b
        if e.value is None:
            b.emit(op.LOAD_CONST, b.const(None), e)
        else:
            self.expr(e.value)
        b.emit(op.YIELD_VALUE, 0, e)

    def e_YieldFrom(self, e):
        b = self.b
        self.expr(e.value)
        b.emit(op.GET_YIELD_FROM_ITER, 0, e)
        b.emit(op.LOAD_CONST, b.const(None), e)
        loop, exit_ = Label(), Label()
        b.bind(loop)
        b.emit(op.SEND, exit_, e)
        b.emit(op.YIELD_VALUE, 0, e)
        b.emit(op.JUMP_BACKWARD, loop, e)
        b.bind(exit_)

    def e_Await(self, e):
        self.expr(e.value)
        self._await(e)

    def _await(self, node):
        """[awaitable] -> [its result]: delegate to it as `yield from` does, until it returns."""
        b = self.b
        b.emit(op.GET_AWAITABLE, 0, node)
        b.emit(op.LOAD_CONST, b.const(None), node)
        loop, exit_ = Label(), Label()
        b.bind(loop)
        b.emit(op.SEND, exit_, node)
        b.emit(op.YIELD_VALUE, 0, node)
        b.emit(op.JUMP_BACKWARD, loop, node)
        b.bind(exit_)


def _annotates_a_name(body) -> bool:
    """Whether a scope's statements (not nested scopes) hold `name: annotation`."""
    bodies = [body]  # a worklist, not recursion: an `elif` chain nests as deep as it is long
    while bodies:
        for st in bodies.pop():
            if isinstance(st, ir.AnnAssign) and isinstance(st.target, ir.Name):
                return True
            bodies.extend(_nested_bodies(st))
    return False


def _nested_bodies(st):
    if isinstance(st, (ir.If, ir.While, ir.For)):
        return (st.body, st.orelse)
    if isinstance(st, ir.Try):
        return (st.body, st.orelse, st.finalbody) + tuple(h.body for h in st.handlers)
    if isinstance(st, ir.With):
        return (st.body,)
    if isinstance(st, ir.Match):
        return tuple(c.body for c in st.cases)
    return ()


def _ends_flow(body) -> bool:
    return bool(body) and isinstance(body[-1], (ir.Return, ir.Raise, ir.Break, ir.Continue))


_FOLDABLE = {"+", "-", "*", "/", "//", "%", "<<", ">>", "&", "|", "^"}
_NOT_CONSTANT = object()


def _constant(e, depth=0, unfoldable=None):
    """The value of an expression CPython's AST optimiser makes a constant (as far as codegen folds), or
    _NOT_CONSTANT. Set displays of constants follow CPython through frozensets, for its iteration order.

    `unfoldable` remembers the operands found not constant: codegen tries to fold every BinOp it compiles,
    top-down, and without it each operand of a chain like `x + 1 + 1 + ...` would walk the whole chain
    below it again (quadratic). Reusing a "no" is always safe: folding is only an optimisation."""
    if isinstance(e, ir.Constant):
        return e.value
    if depth > 100:  # deeper expressions are refused by the nesting check
        return _NOT_CONSTANT
    if unfoldable is not None and id(e) in unfoldable:
        return _NOT_CONSTANT
    value = _constant_uncached(e, depth, unfoldable)
    if value is _NOT_CONSTANT and unfoldable is not None and isinstance(e, (ir.BinOp, ir.Tuple_)):
        unfoldable[id(e)] = e  # keeps the node, so its id is not reused
    return value


def _constant_uncached(e, depth, unfoldable):
    if isinstance(e, ir.UnaryOp):
        if e.op in "-+" and isinstance(e.operand, ir.Constant) and type(e.operand.value) in (int, float):
            return -e.operand.value if e.op == "-" else +e.operand.value
        return _NOT_CONSTANT
    if isinstance(e, ir.BinOp):
        folded = _fold(e, depth + 1, unfoldable)
        return _NOT_CONSTANT if folded is None else folded
    if isinstance(e, ir.Tuple_):
        items = tuple(_constant(x, depth + 1, unfoldable) for x in e.elts)
        return _NOT_CONSTANT if any(x is _NOT_CONSTANT for x in items) else items
    return _NOT_CONSTANT


def _fold(e: ir.BinOp, depth=0, unfoldable=None):
    """Fold arithmetic on small numeric constants (results bounded, no exceptions)."""
    a, b = _constant(e.left, depth, unfoldable), _constant(e.right, depth, unfoldable)  # folded bottom-up, like CPython's: `16 * -4`
    if type(a) not in (int, float) or type(b) not in (int, float) or e.op not in _FOLDABLE:
        return None
    if e.op in ("<<", ">>", "&", "|", "^") and (type(a) is not int or type(b) is not int):
        return None
    if e.op == "<<" and not (0 <= b <= 64):
        return None
    if e.op in ("/", "//", "%") and b == 0:
        return None
    if e.op == ">>" and b < 0:
        return None
    if type(a) is int and abs(a) > 1 << 64 or type(b) is int and abs(b) > 1 << 64:
        return None
    try:
        value = {
            "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "//": lambda: a // b, "%": lambda: a % b, "<<": lambda: a << b, ">>": lambda: a >> b,
            "&": lambda: a & b, "|": lambda: a | b, "^": lambda: a ^ b,
        }[e.op]()
    except (ArithmeticError, ValueError):
        return None
    return value


def generate(module: ir.Module, resolution: Resolution, source: Source, diagnostics) -> Optional[Code]:
    gen = CodeGen(resolution, source, diagnostics)
    try:
        return gen.module(module)
    except CompileError as e:
        sp = e.node.span
        diagnostics.append(Diagnostic("E004", e.message, sp[0], sp[1] + 1, sp[2], sp[3] + 1))
        return None
