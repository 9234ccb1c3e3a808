"""Bytecode → Python source for the compiled tier (see `runtime/compiled.py` for how it runs).

The generated function keeps the guest's locals in `l<i>`, its value stack in `s<depth>` and its cells in
`c<i>`; constants, names and builtins are module globals of the generated code (`K<i>`, `N<i>`, `G<i>`),
so no guest text appears in the source. Every instruction's code is on lines of its own, and `lines` maps
each line back to the instruction: an exception's traceback line says which instruction raised.

Control flow is rebuilt as Python structure where the bytecode allows it (it was compiled from structured
source): loops become `while True:` / `for`, forward branches nested `if`s, short-circuit conditions a
one-pass `while True:` block with a flag. Exception handlers, and whatever cannot be nested, are entries of
a dispatch on `pc` around it all (`pc = X; continue`). Code the structurer cannot handle is emitted flat
(each basic block an entry of the dispatch), which is slower but general. Loads of locals and constants are
folded into the instruction that uses them; everything below an instruction's operands is always in its
`s<depth>` variable, so a pause or an exception can write the stack out (`compiled._spill`).
"""

from __future__ import annotations

from typing import Dict, List, Optional

from . import formatting
from . import opcodes as O
from .attrs import FAST_METHODS, METHODS, SIZED_STR_METHODS, replace_growth
from .code import DIRECT_ARITIES, STEP_INSTRUCTIONS, Code
from .costs import SMALL, SMALL_TEXT
from .limits import GROWING_METHODS
from .verify import _effect


class Unsupported(Exception):
    pass


_TERMINATORS = {O.JUMP_FORWARD, O.JUMP_BACKWARD, O.RETURN_VALUE, O.RETURN_CONST, O.RAISE_VARARGS, O.RERAISE}
_CONDJUMPS = {O.POP_JUMP_IF_FALSE, O.POP_JUMP_IF_TRUE, O.JUMP_IF_FALSE_OR_POP, O.JUMP_IF_TRUE_OR_POP,
              O.COMPARE_JUMP_IF_FALSE}
_REFUSED = {O.LOAD_NAME, O.STORE_NAME, O.DELETE_NAME, O.LOAD_CLASSDEREF, O.YIELD_VALUE, O.SEND,
            O.GET_YIELD_FROM_ITER, O.GET_AWAITABLE, O.BEFORE_ASYNC_WITH, O.GET_AITER, O.GET_ANEXT,
            O.END_ASYNC_FOR}
_ARITH_SAFE = {1, 3, 4, 8, 9, 10, 11}  # -, /, //, >>, &, |, ^: native on any operands the interpreter would
#                                       run natively, TypeError (→ the slow path) on anything else
_MAX_LINES = 40_000  # emission budget before giving up on structuring
_COND_SEARCH = 400  # how far a short-circuit condition region may reach
_MAX_STACK = 250  # deeper value stacks (huge displays, f-strings) stay on the interpreter


def _target(op, arg):
    if op == O.COMPARE_JUMP_IF_FALSE:
        return arg >> 4
    if op in O.JUMPS:
        return arg
    return None


class Result:
    __slots__ = ("source_lines", "lines", "spill", "entries", "tables", "structured")


class _Loop:
    __slots__ = ("h", "b", "exits", "py")

    def __init__(self, h, b, exits):
        self.h = h
        self.b = b
        self.exits = exits  # target pc -> list of lines that leave the loop to it
        self.py = True


class _Block:
    """A one-pass `while True:` around a short-circuit condition: `exits` maps target pc -> lines."""
    __slots__ = ("exits", "py")

    def __init__(self, exits):
        self.exits = exits
        self.py = True


class _Rollback(Exception):
    pass


def _replace_growth(entries, consts) -> Optional[int]:
    """`s.replace(old, new)` on a short str with two constant strs: what each character of `s` may add to
    the result (0 when it cannot grow; None when the arguments are not two constant strs, or the bound
    is not small). Charged as attrs' size check would: (len(s) + 1) * len(new), in bulk while small."""
    if len(entries) != 2 or any(kind != "k" or type(consts[i]) is not str for kind, i in entries):
        return None
    growth = replace_growth(*(consts[i] for _, i in entries))
    return growth if (SMALL_TEXT + 1) * growth <= SMALL else None


def _with_float(a: str, b: str) -> str:
    """The test that `a` and `b` are a float and a float or an int (an arithmetic result of fixed size)."""
    return (f"({a}.__class__ is _float and ({b}.__class__ is _float or {b}.__class__ is _int) "
            f"or {b}.__class__ is _float and {a}.__class__ is _int)")


def _calls_itself(code: Code, n: int) -> bool:
    """A call of `code`'s own function with `n` positional arguments can call its generated function R."""
    return code.plain_args and code.argcount == n


def _direct(fn: str, n: int) -> str:
    """The test that the function in `fn` has a generated function taking `n` arguments (put in `_d`)."""
    if n < DIRECT_ARITIES:
        return f"(_d := {fn}.code.d{n}) is not None"
    return f"(_d := {fn}.code.direct) is not None and {fn}.code.argcount == {n}"


def translate(code: Code) -> Result:
    if any(op in _REFUSED for op, _ in code.instrs):
        raise Unsupported("instruction not handled by the compiled tier")
    try:
        return _Translator(code, structured=True).run()
    except Unsupported:
        return _Translator(code, structured=False).run()


class _Translator:
    def __init__(self, code: Code, structured: bool):
        self.code = code
        self.ins = code.instrs
        self.n = len(self.ins)
        self.structured = structured
        self.depth = _depths(code)
        self.consts = code.consts
        self.tables: Dict[str, object] = {}
        self.spill: Dict[int, tuple] = {}
        self.nflags = 0
        self.regions: Dict[int, list] = {}
        self.out: List[tuple] = []  # (indent, text, pc) of the region being emitted
        self.ind = 0
        self.vs: list = []
        # stack variable -> (helper, whether its result may be a CTRL): the method a LOAD_METHOD may have
        # put there (attrs.FAST_METHODS, SIZED_STR_METHODS, a constant's), for its CALL_METHOD. Kept across
        # merges: the call tests `fn is helper` at run time, so a stale entry only costs that test.
        self.fast_fn: Dict[str, tuple] = {}
        # stack variables a global of this function's own name was loaded into (stale entries only cost the
        # call's `fn is x` test, as for fast_fn)
        self.self_fn: set = set()
        self.calls_self = False  # a call site tests `fn is x`: x must not stay None when the interpreter enters
        self.budget = _MAX_LINES
        self._analyse()
        # A function with loops counts its allocations in a local (_a) and hands them to the VM when a limit
        # check is due (h_spend), at its return and when anything leaves it by an exception: a local add per
        # allocation instead of an attribute update. Steps still go to vm.budget at once, so the limits are
        # checked at the very step the interpreter checks them; allocations are counted at checks anyway.
        self.local = bool(self.loops)

    # ---------------------------------------------------------------- analysis

    def _analyse(self):
        ins, n, depth = self.ins, self.n, self.depth
        if max((d for d in depth if d is not None), default=0) > _MAX_STACK:
            raise Unsupported("value stack too deep")
        self.handlers = sorted({h for _, _, h, _ in self.code.exc_table if depth[h] is not None})
        preds = [[] for _ in range(n + 1)]
        leaders = {0}
        for pc, (op, arg) in enumerate(ins):
            if depth[pc] is None:
                continue
            t = _target(op, arg)
            if t is not None:
                preds[t].append(pc)
                leaders.add(t)
                leaders.add(pc + 1)
            if op not in _TERMINATORS:
                preds[pc + 1].append(pc)
            else:
                leaders.add(pc + 1)
        self.preds = preds
        self.leaders = sorted(x for x in leaders | set(self.handlers) if x < n and depth[x] is not None)
        loops = {}
        for pc, (op, arg) in enumerate(ins):
            if op == O.JUMP_BACKWARD and depth[pc] is not None:
                loops[arg] = max(loops.get(arg, pc), pc)
        self.loops = loops
        if self.structured:
            spans = sorted(loops.items())
            for i, (h1, b1) in enumerate(spans):
                for h2, b2 in spans[i + 1:]:
                    if h2 <= b1 < b2:
                        raise Unsupported("loops overlap")
        self.uses_globals = any(op in (O.LOAD_GLOBAL, O.LOAD_GLOBAL_CALLEE, O.STORE_GLOBAL, O.DELETE_GLOBAL,
                                       O.MAKE_FUNCTION) for op, _ in ins)
        self.entries = {0, *self.handlers} if self.structured else set(self.leaders)
        if self.structured:
            self.entries |= set(loops)
        for e in list(self.entries):
            if depth[e] is None:
                self.entries.discard(e)

    def live(self, pc):
        return 0 <= pc < self.n and self.depth[pc] is not None

    def closed(self, lo, hi):
        """No normal-flow edge enters (lo, hi) from outside [lo, hi)."""
        preds = self.preds
        for y in range(lo + 1, min(hi, self.n)):
            for q in preds[y]:
                if not lo <= q < hi:
                    return False
        return True

    # ---------------------------------------------------------------- output

    def w(self, text, pc=-1):
        self.out.append((self.ind, text, pc))
        self.budget -= 1
        if self.budget < 0:
            raise Unsupported("generated code too long")

    def table(self, prefix, index, value):
        name = f"{prefix}{index}"
        self.tables[name] = value
        return name

    def K(self, i):
        return self.table("K", i, self.consts[i])

    def N(self, i):
        return self.table("N", i, self.code.names[i])

    # ---------------------------------------------------------------- the value-stack model

    def reset(self, d):
        self.vs = [("s", i) for i in range(d)]
        self.syms = []

    @staticmethod
    def ex(entry):
        kind, x = entry
        return f"{'s' if kind == 's' else 'l' if kind == 'l' else 'K'}{x}"

    def push_sym(self, entry):
        self.syms.append(len(self.vs))
        self.vs.append(entry)

    def push(self):
        """The variable that receives the next pushed value."""
        i = len(self.vs)
        self.vs.append(("s", i))
        return f"s{i}"

    def pop(self):
        return self.ex(self.pop_entry())

    def pop_entry(self):
        e = self.vs.pop()
        if self.syms and self.syms[-1] == len(self.vs):
            self.syms.pop()
        return e

    def top(self, k=1):
        return self.ex(self.vs[-k])

    def prep(self, nops, pc):
        """Materialise every symbolic entry below the top `nops` (the operands)."""
        vs, syms = self.vs, self.syms
        limit = len(vs) - nops
        keep = []
        for i in syms:
            if i < limit:
                self.w(f"s{i} = {self.ex(vs[i])}", pc)
                vs[i] = ("s", i)
            else:
                keep.append(i)
        self.syms = keep

    def flush(self, pc):
        self.prep(0, pc)

    def unfold_local(self, slot, pc):
        vs = self.vs
        keep = []
        for i in self.syms:
            if vs[i] == ("l", slot):
                self.w(f"s{i} = l{slot}", pc)
                vs[i] = ("s", i)
            else:
                keep.append(i)
        self.syms = keep

    def const_type(self, k):
        """The type name of a folded constant operand, or None."""
        if k[0] != "k":
            return None
        v = self.consts[k[1]]
        return {int: "_int", float: "_float", str: "_str"}.get(type(v))

    # ---------------------------------------------------------------- the function

    def run(self) -> Result:
        pending = sorted(self.entries)
        done = set()
        while pending:
            e = pending.pop(0)
            if e in done:
                continue
            done.add(e)
            self.out = []
            self.ind = 0
            self.reset(self.depth[e])
            if self.structured:
                self.emit_range(e, self.n, [])
            else:
                self.emit_block(e)
            self.w("pc = -1")
            self.regions[e] = self.out
            for x in sorted(self.entries):
                if x not in done and x not in pending:
                    pending.append(x)
        return self.assemble()

    def assemble(self) -> Result:
        code = self.code
        entries = sorted(self.regions)
        argc = code.argcount if code.plain_args else 0
        src: List[str] = []
        pcs: List[int] = [-1]  # line numbers are 1-based
        def line(indent, text, pc=-1):
            src.append("    " * indent + text)
            pcs.append(pc)
        params = "".join(f", l{i}=U" for i in range(argc))
        # (f is not keyword-only: CPython specialises calls of functions without keyword-only parameters,
        # and direct calls, which pass the guest's arguments after x, never reach it)
        line(0, f"def R(vm, x{params}, f=None):")
        line(1, "_fr = vm.frames")
        line(1, "if x is None:")  # entered by the interpreter: the state is in the frame f
        line(2, "_i = _len(_fr) - 1")
        if self.uses_globals:
            line(2, "glb = f.globals")
        if code.nlocals:
            line(2, ", ".join(f"l{i}" for i in range(code.nlocals)) + ", = f.locals")
            line(2, "f.locals = NOL")
        if code.ncells:
            line(2, ", ".join(f"c{i}" for i in range(code.ncells)) + ", = f.cells")
        line(2, "pc = f.pc")
        if self.calls_self:
            line(2, "x = U")  # (no guest value is U)
        if self.local:
            line(2, "_a = 0")
        deepest = max(self.depth[e] for e in self.regions)
        if deepest:
            line(2, "_st = f.stack")
            line(2, "if _st:")
            line(3, "_n = _len(_st)")
            for i in range(deepest):
                line(3, f"if _n > {i}: s{i} = _st[{i}]")
            line(3, "_st.clear()")
        line(1, "else:")
        if code.plain_args:  # a direct call from compiled code: x is the function; its frame is made if needed
            line(2, "_i = _len(_fr)")
            line(2, "if _i >= vm.ncap: return h_deep(vm, x, (" + "".join(f"l{i}, " for i in range(argc)) + "))")
            line(2, "_fr.append(x)")
            if self.uses_globals:
                line(2, "glb = x.globals")
            for i in range(argc, code.nlocals):
                line(2, f"l{i} = U")
            ncell = len(code.cellvars)  # the cells, as VM.new_frame makes them
            for i in range(ncell):
                line(2, f"c{i} = Cell()")
            for j in range(len(code.freevars)):
                line(2, f"c{ncell + j} = x.closure[{j}]")
            for ci, slot in code.cell_params:
                line(2, f"c{ci}.v = l{slot}")
            line(2, f"vm.budget = _b = vm.budget - {code.weight}")
            line(2, "if _b < 0: h_tick(vm)")
            if self.local:
                line(2, "_a = 0")
            if entries != [0] or self.handlers:  # (else nothing reads pc)
                line(2, "pc = 0")
        else:
            line(2, "h_badpc(-1)")
        line(1, "while True:")
        line(2, "try:")
        if entries == [0]:  # one way in: no dispatch
            for indent, text, pc in self.regions[0]:
                line(3 + indent, text, pc)
            entries = []
        first = True
        # pc 0 first, then the loop headers (most entries after the first are loops), then the rest
        order = [0] + [e for e in entries if e and e in self.loops] + [e for e in entries if e and e not in self.loops]
        for e in order if entries else ():
            if e not in self.regions:
                continue
            line(3, f"{'if' if first else 'elif'} pc == {e}:")
            first = False
            for indent, text, pc in self.regions[e]:
                line(4 + indent, text, pc)
        if entries:
            line(3, "else:")
            line(4, "h_badpc(pc)")
        line(2, "except BaseException as _e:")
        handlers = [(h, self.depth[h] - 1) for h in self.handlers]
        if self.local:
            line(3, "vm.allocs += _a")
            line(3, "_a = 0")
        if handlers:
            line(3, "pc, _v = h_err(vm, f, _e, CODE)")
            for i, (h, d) in enumerate(handlers):
                line(3, f"{'if' if i == 0 else 'elif'} pc == {h}: s{d} = _v")
        else:
            line(3, "h_err(vm, f, _e, CODE)")
        r = Result()
        r.source_lines = src
        r.lines = tuple(pcs)
        r.spill = self.spill
        r.entries = tuple(sorted(self.regions))
        r.tables = self.tables
        r.structured = self.structured
        return r

    # ---------------------------------------------------------------- structured emission

    def in_pyloop(self, ctx):
        return any(c.py for c in ctx)

    def goto(self, t, pc, ctx):
        if self.in_pyloop(ctx) or not self.live(t):
            raise Unsupported("jump cannot be structured")
        self.flush(pc)
        self.entries.add(t)
        self.w(f"pc = {t}", pc)
        self.w("continue", pc)

    def action(self, t, ctx):
        """Lines that leave the innermost Python loop/block for `t`, if it is one of its exits; None if
        `t` is not a loop or block exit; raises if it is an exit of an outer one (no multi-level break)."""
        inner = True
        for c in reversed(ctx):
            if t in c.exits:
                if not inner:
                    raise Unsupported("multi-level exit")
                return c.exits[t]
            if c.py:
                inner = False
        return None

    def emit_range(self, a, z, ctx):
        """Emit [a, z): True when control falls out at z."""
        pc = a
        ins = self.ins
        while pc < z:
            if not self.live(pc):
                return False
            if pc != a and pc in self.entries and not self.in_pyloop(ctx):
                self.goto(pc, pc, ctx)
                return False
            if pc in self.loops and not (pc == a and ctx and isinstance(ctx[-1], _Loop) and ctx[-1].h == pc):
                pc = self.emit_loop(pc, ctx)
                if pc is None:
                    return False
                if pc >= z:
                    if pc > z:
                        raise Unsupported("loop exit outside the range")
                    break
                continue
            op, arg = ins[pc]
            if op == O.JUMP_FORWARD:
                self.flush(pc)
                act = self.action(arg, ctx)
                if act is not None:
                    for text in act:
                        self.w(text, pc)
                    return False
                if arg == z:
                    return True
                if pc < arg < z:
                    if not self.closed(pc, arg):
                        raise Unsupported("jump over code entered from elsewhere")
                    pc = arg
                    self.reset(self.depth[pc])
                    continue
                self.goto(arg, pc, ctx)
                return False
            if op == O.JUMP_BACKWARD:
                self.back_edge(pc, arg, ctx)
                return False
            if op in _CONDJUMPS:
                pc = self.cond_jump(pc, ctx, z)
                if pc is None:
                    return False
                continue
            if op == O.FOR_ITER:
                raise Unsupported("FOR_ITER outside a loop header")
            self.instr(pc)
            if op in _TERMINATORS:
                return False
            pc += 1
        self.flush(z - 1 if z > a else a)
        return True

    def tick(self, pc, h):
        # as the interpreter's JUMP_BACKWARD: one step, and one per STEP_INSTRUCTIONS of loop body
        self.w(f"vm.budget = _b = vm.budget - {1 + (pc + 1 - h) // STEP_INSTRUCTIONS}", pc)
        self.w("if _b < 0: _a = h_spend(vm, _a)" if self.local else "if _b < 0: h_tick(vm)", h - 1)

    def allocs(self, n: str) -> str:
        return f"_a += {n}" if self.local else f"vm.allocs += {n}"

    def back_edge(self, pc, h, ctx):
        self.flush(pc)
        for c in reversed(ctx):
            if isinstance(c, _Loop) and c.h == h:
                if c is not ctx[-1] and any(x.py for x in ctx[ctx.index(c) + 1:]):
                    raise Unsupported("continue through a block")
                self.tick(pc, h)
                self.w("continue", pc)
                return
        if self.in_pyloop(ctx):
            raise Unsupported("back-edge to an outer loop")
        self.tick(pc, h)
        self.goto(h, pc, ctx)

    def emit_loop(self, h, ctx):
        """A loop whose header is h: returns the pc after it (None if it never exits)."""
        ins, depth = self.ins, self.depth
        b = self.loops[h]
        d = depth[h]
        op, arg = ins[h]
        exits = set()
        for q in range(h, b + 1):
            if not self.live(q):
                continue
            t = _target(*ins[q])
            if t is not None and not h <= t <= b:
                exits.add(t)
        if any(t < h for t in exits):
            raise Unsupported("jump back out of a loop")
        self.flush(h)
        if op == O.FOR_ITER:
            x1 = arg
            others = exits - {x1}
            if len(others) > 1 or x1 != b + 1 or any(t < x1 for t in others):
                raise Unsupported("for loop shape")
            x2 = min(others) if others else x1
            if x2 != x1 and not self.closed(x1, x2):
                raise Unsupported("for-else entered from elsewhere")
            nxt, nxt_arg = ins[h + 1]
            if nxt == O.STORE_FAST and len(self.preds[h + 1]) == 1:
                var, start = f"l{nxt_arg}", h + 2
            else:
                var, start = f"s{d}", h + 1
            self.spill[h] = (h + 1, d, None, None)
            self.w(f"for {var} in h_iter(vm, s{d - 1}):", h)
            loop = _Loop(h, b, {x2: ["break"]} if x2 != x1 else {x1: ["break"]})
            self.ind += 1
            self.reset(depth[start])
            self.emit_range(start, b + 1, ctx + [loop])
            self.ind -= 1
            if x2 != x1:
                self.w("else:", h)
                self.ind += 1
                self.reset(depth[x1])
                if self.emit_range(x1, x2, ctx):
                    self.w("pass", x1)
                self.ind -= 1
            self.reset(depth[x2])
            return x2
        if len(exits) > 2:
            raise Unsupported("loop with more than two exits")
        if not exits:
            loop = _Loop(h, b, {})
            after = None
        elif len(exits) == 1:
            after = exits.pop()
            if after != b + 1 and not self.closed(b, after):
                raise Unsupported("loop exit shape")
            loop = _Loop(h, b, {after: ["break"]})
        else:
            x1, x2 = sorted(exits)
            if x1 != b + 1 or not self.closed(x1, x2):
                raise Unsupported("while-else shape")
            flag = f"_x{self.nflags}"
            self.nflags += 1
            self.w(f"{flag} = False", h)
            loop = _Loop(h, b, {x1: [f"{flag} = True", "break"], x2: ["break"]})
        self.w("while True:", h)
        self.ind += 1
        self.reset(d)
        self.emit_range(h, b + 1, ctx + [loop])
        self.ind -= 1
        if after is None and len(loop.exits) == 2:
            x1, x2 = sorted(loop.exits)
            self.w(f"if {flag}:", h)
            self.ind += 1
            self.reset(depth[x1])
            if self.emit_range(x1, x2, ctx):
                self.w("pass", x1)
            self.ind -= 1
            after = x2
        if after is not None:
            self.reset(depth[after])
        return after

    # ---------------------------------------------------------------- branches

    def cond_jump(self, p, ctx, z):
        """A conditional forward jump: returns where emission continues (None: the range ended)."""
        op, arg = self.ins[p]
        t = _target(op, arg)
        if t <= p:
            raise Unsupported("conditional jump backwards")
        cond = self.condition(p)  # pops the operand(s); self.vs is now the fall-through stack
        fall_vs = list(self.vs)
        fall_syms = list(self.syms)
        act = self.action(t, ctx)
        if act is not None:
            self.w(f"if {cond}:", p)
            self.ind += 1
            for text in act:
                self.w(text, p)
            self.ind -= 1
            return p + 1
        mark = (len(self.out), set(self.entries), self.nflags, self.ind, list(self.vs), list(self.syms))
        if t <= z:
            try:
                return self.simple_if(p, t, z, cond, fall_vs, fall_syms, ctx)
            except Unsupported:
                self.rollback(mark)
            try:
                return self.cond_region(p, t, z, cond, fall_vs, fall_syms, ctx)
            except Unsupported:
                self.rollback(mark)
        if self.in_pyloop(ctx):
            raise Unsupported("branch cannot be structured")
        self.w(f"if {cond}:", p)
        self.ind += 1
        if op in (O.JUMP_IF_FALSE_OR_POP, O.JUMP_IF_TRUE_OR_POP):
            self.vs, self.syms = self.vs_jump(p), []
        else:
            self.vs, self.syms = list(fall_vs), list(fall_syms)
        self.goto(t, p, ctx)
        self.ind -= 1
        self.vs, self.syms = list(fall_vs), list(fall_syms)
        return p + 1

    def vs_jump(self, p):
        return [("s", i) for i in range(self.depth[p])]

    def rollback(self, mark):
        n, entries, nflags, ind, vs, syms = mark
        del self.out[n:]
        self.entries = entries
        self.nflags = nflags
        self.ind = ind
        self.vs = vs
        self.syms = syms

    def simple_if(self, p, t, z, cond, fall_vs, fall_syms, ctx):
        ins = self.ins
        ind = self.ind
        fall = p + 1
        last = t - 1
        if last >= fall and self.live(last) and ins[last][0] == O.JUMP_FORWARD:
            u = ins[last][1]
            if t < u <= z and self.action(u, ctx) is None:
                # if/else: the then-part must not jump to the else-part
                if any(_target(*ins[q]) == t for q in range(fall, last) if self.live(q)):
                    raise Unsupported("short-circuit to the else part")
                if not self.closed(fall, last) or not self.closed(t, u) or set(self.preds[t]) - {p}:
                    raise Unsupported("if/else entered from elsewhere")
                self.w(f"if not ({cond}):", p)
                self.ind = ind + 1
                self.vs, self.syms = list(fall_vs), list(fall_syms)
                if self.emit_range(fall, last, ctx) or last == fall:
                    self.w("pass", p)
                self.ind = ind
                self.w("else:", p)
                self.ind = ind + 1
                self.reset(self.depth[t])
                if self.emit_range(t, u, ctx) or t == u:
                    self.w("pass", p)
                self.ind = ind
                self.reset(self.depth[u])
                return u
        if not self.closed(fall, t):
            raise Unsupported("then-part entered from elsewhere")
        self.w(f"if not ({cond}):", p)
        self.ind = ind + 1
        self.vs, self.syms = list(fall_vs), list(fall_syms)
        falls = self.emit_range(fall, t, ctx)
        if falls or t == fall:
            self.w("pass", p)
        self.ind = ind
        self.reset(self.depth[t])
        return t

    def cond_region(self, p, t, z, cond, fall_vs, fall_syms, ctx):
        """Short-circuit conditions: the region [p, m) leaves either at m (flag False) or at one other
        pc B > m (flag True); it runs inside a one-pass `while True:`."""
        ins = self.ins
        ind = self.ind
        for m in range(t, min(z, p + _COND_SEARCH) + 1):
            exits = set()
            ok = True
            for q in range(p, m):
                if not self.live(q):
                    continue
                oq = ins[q][0]
                if oq == O.JUMP_BACKWARD or oq == O.FOR_ITER or (q in self.loops) or (q != p and q in self.entries):
                    ok = False
                    break
                tq = _target(*ins[q])
                if tq is not None and not p < tq < m:
                    exits.add(tq)
                if oq not in _TERMINATORS and q == m - 1:
                    exits.add(m)
            if not ok:
                break
            exits.discard(m)
            if len(exits) > 1 or any(x < m for x in exits):
                continue
            if not self.closed(p, m) or set(self.preds[m]) - set(range(p, m)):
                continue
            bexit = exits.pop() if exits else None
            if bexit is not None and bexit > z and self.action(bexit, ctx) is None:
                continue
            flag = f"_c{self.nflags}"
            self.nflags += 1
            block_exits = {m: ["break"]}
            if bexit is not None:
                block_exits[bexit] = [f"{flag} = True", "break"]
            self.w(f"{flag} = False", p)
            self.w("while True:", p)
            self.ind = ind + 1
            block = _Block(block_exits)
            # the jump at p itself, then the rest of the region
            d_jump = self.depth[t] if t < len(self.depth) else None
            self.w(f"if {cond}:", p)
            self.ind = ind + 2
            if t in block_exits:
                for text in block_exits[t]:
                    self.w(text, p)
                self.ind = ind + 1
                self.vs, self.syms = list(fall_vs), list(fall_syms)
                if self.emit_range(p + 1, m, ctx + [block]):
                    self.w("break", p)
            else:
                # p jumps inside the region: the jumped-over part is the fall-through
                if not self.closed(p + 1, t):
                    raise Unsupported("condition shape")
                self.w("pass", p)
                self.ind = ind + 1
                self.w("else:", p)
                self.ind = ind + 2
                self.vs, self.syms = list(fall_vs), list(fall_syms)
                self.emit_range(p + 1, t, ctx + [block])
                self.ind = ind + 1
                self.reset(d_jump)
                if self.emit_range(t, m, ctx + [block]):
                    self.w("break", p)
            self.ind = ind
            if bexit is None:
                self.reset(self.depth[m])
                return m
            if bexit > z or self.action(bexit, ctx) is not None:
                act = self.action(bexit, ctx)
                self.w(f"if {flag}:", p)
                self.ind = ind + 1
                self.reset(self.depth[bexit])
                for text in act:
                    self.w(text, p)
                self.ind = ind
                self.reset(self.depth[m])
                return m
            last = bexit - 1
            if last >= m and self.live(last) and ins[last][0] == O.JUMP_FORWARD and bexit < ins[last][1] <= z \
                    and self.action(ins[last][1], ctx) is None:
                u = ins[last][1]
                if not self.closed(m, last) or not self.closed(bexit, u) or set(self.preds[bexit]) - set(range(p, m)):
                    raise Unsupported("condition if/else shape")
                self.w(f"if not {flag}:", p)
                self.ind = ind + 1
                self.reset(self.depth[m])
                if self.emit_range(m, last, ctx) or last == m:
                    self.w("pass", p)
                self.ind = ind
                self.w("else:", p)
                self.ind = ind + 1
                self.reset(self.depth[bexit])
                if self.emit_range(bexit, u, ctx) or bexit == u:
                    self.w("pass", p)
                self.ind = ind
                self.reset(self.depth[u])
                return u
            if not self.closed(m, bexit) or set(self.preds[bexit]) - set(range(p, bexit)):
                raise Unsupported("condition then-part shape")
            self.w(f"if not {flag}:", p)
            self.ind = ind + 1
            self.reset(self.depth[m])
            if self.emit_range(m, bexit, ctx) or bexit == m:
                self.w("pass", p)
            self.ind = ind
            self.reset(self.depth[bexit])
            return bexit
        raise Unsupported("no condition region")

    def condition(self, p):
        """Emit what a conditional jump needs and return the Python expression that is true when it jumps."""
        op, arg = self.ins[p]
        d = self.depth[p]
        if op == O.COMPARE_JUMP_IF_FALSE:
            cmp = arg & 15
            target = arg >> 4
            self.prep(2, p)
            bq, aq = self.pop_entry(), self.pop_entry()
            a, b = self.ex(aq), self.ex(bq)
            self.spill[p] = (p + 1, d - 2, ("jump_if_false", target), None)
            slow = f"h_cj(vm, {a}, {b}, {cmp})"
            return f"not ({self.compare_expr(a, b, aq, bq, cmp, slow)})"
        if op in (O.POP_JUMP_IF_FALSE, O.POP_JUMP_IF_TRUE):
            self.prep(1, p)
            v = self.pop()
            kind = "jump_if_false" if op == O.POP_JUMP_IF_FALSE else "jump_if_true"
            self.spill[p] = (p + 1, d - 1, (kind, arg), None)
            truth = self.truth(v, p)
            return f"not {truth}" if op == O.POP_JUMP_IF_FALSE else truth
        # JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP: the value stays when jumping
        self.flush(p)
        v = f"s{d - 1}"
        self.spill[p] = (p + 1, d, ("or_pop", arg, op == O.JUMP_IF_TRUE_OR_POP), None)
        truth = self.truth(v, p)
        self.pop_entry()
        return f"not {truth}" if op == O.JUMP_IF_FALSE_OR_POP else truth

    def truth(self, v, p):
        # (a guest instance's truth is its __bool__/__len__; every other value's is the native one)
        return f"(h_truth(vm, {v}) if {v}.__class__ is Instance else {v})"

    def compare_expr(self, a, b, aq, bq, cmp, slow):
        if cmp == 8 or cmp == 9:
            return f"({a} is {'not ' if cmp == 9 else ''}{b})"
        if cmp == 6 or cmp == 7:
            neg = "not " if cmp == 7 else ""
            return f"({neg}({a} in {b}) if {b}.__class__ in FASTIN else {slow})"
        sym = ("<", "<=", "==", "!=", ">", ">=")[cmp]
        tb = self.const_type(bq)
        ta = self.const_type(aq)
        if tb is not None and ta is None:
            return f"({a} {sym} {b} if {a}.__class__ is {tb} else {slow})"
        if ta is not None and tb is None:
            return f"({a} {sym} {b} if {b}.__class__ is {ta} else {slow})"
        if ta is not None and tb is not None:
            return slow
        return f"({a} {sym} {b} if {a}.__class__ is {b}.__class__ and {a}.__class__ in NATIVE else {slow})"

    # ---------------------------------------------------------------- flat emission (the fallback)

    def emit_block(self, e):
        pc = e
        ins = self.ins
        while True:
            op, arg = ins[pc]
            if op == O.JUMP_FORWARD:
                self.flush(pc)
                self.w(f"pc = {arg}", pc)
                self.w("continue", pc)
                return
            if op == O.JUMP_BACKWARD:
                self.flush(pc)
                self.tick(pc, arg)
                self.w(f"pc = {arg}", pc)
                self.w("continue", pc)
                return
            if op in _CONDJUMPS:
                t = _target(op, arg)
                cond = self.condition(pc)
                self.flush(pc)
                self.w(f"if {cond}:", pc)
                self.w(f"    pc = {t}", pc)
                self.w("    continue", pc)
                self.w(f"pc = {pc + 1}", pc)
                self.w("continue", pc)
                return
            if op == O.FOR_ITER:
                d = self.depth[pc]
                self.flush(pc)
                self.spill[pc] = (pc + 1, d, None, None)
                self.w(f"s{d} = h_next(vm, s{d - 1})", pc)
                self.w(f"if s{d} is END:", pc)
                self.w(f"    pc = {arg}", pc)
                self.w("    continue", pc)
                self.w(f"pc = {pc + 1}", pc)
                self.w("continue", pc)
                return
            self.instr(pc)
            if op in _TERMINATORS:
                return
            pc += 1
            if pc in self.entries or pc >= self.n:
                self.flush(pc - 1)
                self.w(f"pc = {pc}", pc - 1)
                self.w("continue", pc - 1)
                return

    # ---------------------------------------------------------------- instructions

    def ret(self, value, p):
        if self.local:
            self.w("vm.allocs += _a", p)
        self.w("if f is None: _fr.pop()", p)
        self.w(f"return {value}", p)

    def instr(self, p):
        op, arg = self.ins[p]
        d = self.depth[p]
        w = self.w
        P1 = p + 1

        def sp(keep, on_return=None, rerun=None):
            self.spill[p] = (P1, keep, on_return, rerun)

        if op == O.NOP:
            return
        if op == O.LOAD_CONST:
            self.K(arg)
            self.push_sym(("k", arg))
            return
        if op == O.LOAD_FAST_NOCHECK:
            self.push_sym(("l", arg))
            return
        if op == O.LOAD_FAST:
            w(f"if l{arg} is U: h_unbound_local(CODE, {arg})", p)
            self.push_sym(("l", arg))
            return
        if op == O.STORE_FAST:
            v = self.pop_entry()
            self.unfold_local(arg, p)
            w(f"l{arg} = {self.ex(v)}", p)
            return
        if op == O.DELETE_FAST:
            self.unfold_local(arg, p)
            w(f"if l{arg} is U: h_unbound_local(CODE, {arg})", p)
            w(f"l{arg} = U", p)
            return
        if op == O.POP_TOP:
            self.pop_entry()
            return
        if op == O.COPY:
            src = self.ex(self.vs[-arg])
            self.prep(0, p)
            src = self.ex(self.vs[-arg])
            w(f"{self.push()} = {src}", p)
            return
        if op == O.SWAP:
            self.flush(p)
            w(f"s{d - 1}, s{d - arg} = s{d - arg}, s{d - 1}", p)
            return
        if op in (O.LOAD_GLOBAL, O.LOAD_GLOBAL_CALLEE):
            self.prep(0, p)
            name = self.N(arg)
            r = self.push()
            sp(d)
            import sys as _sys  # noqa: F401
            from .builtins import shared_builtins

            builtins = shared_builtins()
            pyname = self.code.names[arg]
            if pyname in builtins:
                g = self.table("G", arg, builtins[pyname])
                w(f"{r} = glb.get({name}, {g})", p)
            else:
                w("try:", p)
                w(f"    {r} = glb[{name}]", p)
                w("except _KeyError:", p)
                w(f"    {r} = h_load_builtin(vm, {name}, {op == O.LOAD_GLOBAL_CALLEE})", p)
            if pyname == self.code.name:
                self.self_fn.add(r)
            return
        if op == O.STORE_GLOBAL:
            self.prep(1, p)
            w(f"glb[{self.N(arg)}] = {self.pop()}", p)
            return
        if op == O.DELETE_GLOBAL:
            self.prep(0, p)
            name = self.N(arg)
            w(f"if glb.pop({name}, MISS) is MISS: h_del_global(glb, {name})", p)  # (which raises NameError)
            return
        if op == O.LOAD_DEREF:
            self.prep(0, p)
            r = self.push()
            w(f"{r} = c{arg}.v", p)
            w(f"if {r} is U: h_unbound_deref(vm, CODE, {arg})", p)
            return
        if op == O.STORE_DEREF:
            self.prep(1, p)
            w(f"c{arg}.v = {self.pop()}", p)
            return
        if op == O.DELETE_DEREF:
            self.prep(0, p)
            w(f"if c{arg}.v is U: h_unbound_deref(vm, CODE, {arg})", p)
            w(f"c{arg}.v = U", p)
            return
        if op == O.LOAD_CLOSURE:
            self.prep(0, p)
            w(f"{self.push()} = c{arg}", p)
            return
        if op == O.LOAD_ATTR:
            self.prep(1, p)
            a = self.pop()
            sp(d - 1)
            w(f"{self.push()} = h_load_attr(vm, {a}, {self.N(arg)})", p)
            return
        if op == O.STORE_ATTR:
            self.prep(2, p)
            obj = self.pop()
            value = self.pop()
            sp(d - 2, ("discard",))
            w(f"h_store_attr(vm, {obj}, {self.N(arg)}, {value})", p)
            return
        if op == O.DELETE_ATTR:
            self.prep(1, p)
            obj = self.pop()
            sp(d - 1, ("discard",))
            w(f"h_delete_attr(vm, {obj}, {self.N(arg)})", p)
            return
        if op == O.LOAD_METHOD:
            self.prep(1, p)
            aq = self.pop_entry()
            a = self.ex(aq)
            fn = self.push()
            slf = self.push()
            sp(d - 1, ("push_null",))
            name = self.N(arg)
            mname = self.code.names[arg]
            if mname in GROWING_METHODS:
                w(self.allocs("1"), p)  # (see limits.GROWING_METHODS)
            const = self.consts[aq[1]] if aq[0] == "k" else None
            fast = FAST_METHODS.get(mname)
            if type(const) in (str, bytes) and mname in METHODS[type(const)]:
                # a constant str's method (`", ".join`): found now; it may be a wrapper that returns a CTRL
                helper = self.table("a", len(self.tables), METHODS[type(const)][mname])
                w(f"{slf} = {a}", p)
                w(f"{fn} = {helper}", p)
                self.fast_fn[fn] = (helper, True)
                return
            sized = SIZED_STR_METHODS.get(mname)
            if mname == "replace":  # a str's: its charge depends on the arguments (CALL_METHOD decides)
                w(f"if {a}.__class__ is _str and _len({a}) <= {SMALL_TEXT}:", p)
                w(f"    {slf} = {a}", p)
                w(f"    {fn} = SREPLACE", p)
                w(f"elif (_m := METHODS.get({a}.__class__)) is not None and (_x := _m.get({name})) is not None:", p)
                self.fast_fn[fn] = ("SREPLACE", False)
            elif fast is not None or sized is not None:
                if fast is not None:  # the receiver of the type the name usually belongs to: its C method
                    helper, tname, _ = fast
                    w(f"if {a}.__class__ is {tname}:", p)
                else:  # a short str's method: costs.sized_method, inline
                    helper, _, factor = sized
                    w(f"if {a}.__class__ is _str and _len({a}) <= {SMALL_TEXT}:", p)
                    w(f"    PENDING[0] += _len({a}) * {factor}", p)
                w(f"    {slf} = {a}", p)
                w(f"    {fn} = {helper}", p)
                w(f"elif (_m := METHODS.get({a}.__class__)) is not None and (_x := _m.get({name})) is not None:", p)
                self.fast_fn[fn] = (helper, False)
            else:
                w(f"_m = METHODS.get({a}.__class__)", p)
                w(f"if _m is not None and (_x := _m.get({name})) is not None:", p)
            w(f"    {slf} = {a}", p)
            w(f"    {fn} = _x", p)
            w("else:", p)
            w(f"    {fn}, {slf} = h_load_method(vm, {a}, {name})", p)
            return
        if op == O.BINARY_SUBSCR:
            self.prep(2, p)
            key = self.pop()
            obj = self.pop()
            r = self.push()
            sp(d - 2)
            w("try:", p)
            w(f"    {r} = {obj}[{key}]", p)
            w("except _TypeError as _t:", p)
            w(f"    {r} = h_subscr(vm, _t, {obj}, {key})", p)
            return
        if op == O.STORE_SUBSCR:
            self.prep(3, p)
            key = self.pop()
            obj = self.pop()
            value = self.pop()
            sp(d - 3, ("discard",))
            w("try:", p)
            w(f"    if {obj}.__class__ is _dict:", p)  # a new key is counted as an allocation (not an overwrite)
            w(f"        _n = _len({obj})", p)
            w(f"        {obj}[{key}] = {value}", p)
            w("        " + self.allocs(f"_len({obj}) - _n"), p)
            w("    else:", p)
            w(f"        {obj}[{key}] = {value}", p)
            w("except _TypeError as _t:", p)
            w(f"    h_store_subscr(vm, _t, {obj}, {key}, {value})", p)
            return
        if op == O.DELETE_SUBSCR:
            self.prep(2, p)
            key = self.pop()
            obj = self.pop()
            sp(d - 2, ("discard",))
            w(f"h_del_subscr(vm, {obj}, {key})", p)
            return
        if op == O.BUILD_SLICE:
            self.prep(arg, p)
            items = [self.pop() for _ in range(arg)][::-1]
            w(f"{self.push()} = _slice({', '.join(items)})", p)
            return
        if op == O.BINARY_OP:
            self.prep(2, p)
            bq, aq = self.pop_entry(), self.pop_entry()
            a, b = self.ex(aq), self.ex(bq)
            r = self.push()
            sp(d - 2)
            self.binary(p, a, b, aq, bq, arg, r)
            return
        if op == O.INPLACE_OP:
            self.prep(2, p)
            bq, aq = self.pop_entry(), self.pop_entry()
            a, b = self.ex(aq), self.ex(bq)
            r = self.push()
            sp(d - 2, None, d - 1)
            tb, ta = self.const_type(bq), self.const_type(aq)
            if arg < 2 and (tb in ("_int", "_float") or ta in ("_int", "_float")):
                sym = "+" if arg == 0 else "-"
                w("try:", p)
                w(f"    {r} = {a} {sym} {b}", p)
                w("except _TypeError:", p)
                w(f"    {r} = h_inplace(vm, {a}, {b}, {arg})", p)
            elif arg < 2:
                sym = "+" if arg == 0 else "-"
                w(f"if {a}.__class__ is _int and {b}.__class__ is _int: {r} = {a} {sym} {b}", p)
                w(f"elif {_with_float(a, b)}: {r} = {a} {sym} {b}", p)
                w("else:", p)
                w(f"    {r} = h_inplace(vm, {a}, {b}, {arg})", p)
            else:
                w(f"{r} = h_inplace(vm, {a}, {b}, {arg})", p)
            return
        if op == O.UNARY_OP:
            self.prep(1, p)
            a = self.pop()
            r = self.push()
            sp(d - 1)
            if arg == 3:
                w(f"{r} = {a} is False or {a} is None or ({a} is not True and "
                  f"(h_not(vm, {a}) if {a}.__class__ is Instance else not {a}))", p)
            else:
                sym = ("-", "+", "~")[arg]
                w("try:", p)
                w(f"    {r} = {sym}{a}", p)
                w("except _TypeError as _t:", p)
                w(f"    {r} = h_unary_t(vm, _t, {a}, {arg})", p)
            return
        if op == O.COMPARE_OP:
            self.prep(2, p)
            bq, aq = self.pop_entry(), self.pop_entry()
            a, b = self.ex(aq), self.ex(bq)
            r = self.push()
            sp(d - 2)
            if arg == 8:
                w(f"{r} = {a} is {b}", p)
            elif arg == 9:
                w(f"{r} = {a} is not {b}", p)
            elif arg < 6:
                slow = f"h_cmp(vm, {a}, {b}, {arg})"
                w(f"{r} = {self.compare_expr(a, b, aq, bq, arg, slow)}", p)
            else:
                neg = "not " if arg == 7 else ""
                w(f"{r} = ({neg}({a} in {b}) if {b}.__class__ in FASTIN else h_cmp(vm, {a}, {b}, {arg}))", p)
            return
        if op in (O.BUILD_TUPLE, O.BUILD_LIST, O.BUILD_SET):
            self.prep(arg, p)
            items = [self.pop() for _ in range(arg)][::-1]
            r = self.push()
            w(self.allocs("1"), p)
            if op == O.BUILD_TUPLE:
                w(f"{r} = ({', '.join(items)}{',' if len(items) == 1 else ''})", p)
            elif op == O.BUILD_LIST:
                w(f"{r} = [{', '.join(items)}]", p)
            elif items:
                w(f"{r} = {{{', '.join(items)}}}", p)
            else:
                w(f"{r} = _set()", p)
            return
        if op == O.BUILD_MAP:
            self.prep(2 * arg, p)
            items = [self.pop() for _ in range(2 * arg)][::-1]
            r = self.push()
            w(self.allocs("1"), p)
            if arg <= 16:  # a display (larger ones compile to MAP_ADD, which the audit does not allow)
                pairs = ", ".join(f"{items[i]}: {items[i + 1]}" for i in range(0, 2 * arg, 2))
                w(f"{r} = {{{pairs}}}", p)
            else:
                w(f"{r} = h_build_map(({', '.join(items)},))", p)
            return
        if op == O.BUILD_STRING:
            self.prep(arg, p)
            items = [self.pop() for _ in range(arg)][::-1]
            r = self.push()
            w(self.allocs("1"), p)
            w(f"{r} = _join(({', '.join(items)}{',' if len(items) == 1 else ''}))", p)
            return
        if op == O.LIST_APPEND or op == O.SET_ADD:
            self.prep(1, p)
            v = self.pop()
            target = f"s{d - 1 - arg}"
            w(self.allocs("1"), p)  # (a comprehension's item: counted like a growing method, limits.py)
            w(f"{target}.{'append' if op == O.LIST_APPEND else 'add'}({v})", p)
            return
        if op == O.MAP_ADD:
            self.prep(2, p)
            v = self.pop()
            k = self.pop()
            w(self.allocs("1"), p)
            w(f"s{d - 2 - arg}[{k}] = {v}", p)
            return
        if op in (O.LIST_EXTEND, O.SET_UPDATE):
            self.prep(1, p)
            v = self.pop()
            depth_ = arg & 0xFF
            target = f"s{d - 1 - depth_}"
            fn = f"s{d - depth_ - 2}" if arg & 0x100 else "None"
            self.spill[p] = (p, d - 1, None, d - 1)
            w(f"h_list_extend(vm, {target}, {v}, {arg}, {op == O.LIST_EXTEND}, {fn})", p)
            return
        if op == O.DICT_UPDATE:
            self.prep(1, p)
            v = self.pop()
            self.spill[p] = (p, d - 1, None, d - 1)
            w(f"h_dict_update(vm, s{d - 1 - arg}, {v})", p)
            return
        if op == O.DICT_MERGE:
            self.prep(1, p)
            v = self.pop()
            self.spill[p] = (p, d - 1, None, d - 1)
            w(f"h_dict_merge(vm, s{d - 1 - arg}, s{d - 1 - arg - 2}, {v})", p)
            return
        if op == O.LIST_TO_TUPLE:
            self.prep(1, p)
            a = self.pop()
            w(f"{self.push()} = _tuple({a})", p)
            return
        if op == O.UNPACK_SEQUENCE:
            self.prep(1, p)
            a = self.pop()
            targets = [f"s{d - 1 + i}" for i in range(arg)][::-1]
            self.spill[p] = (p, d - 1, None, d - 1)
            if arg == 0:
                w(f"h_unpack(vm, None, {a}, 0)", p)
            else:
                lhs = ", ".join(targets) + ("," if arg == 1 else "")
                w("try:", p)
                w(f"    {lhs} = {a}", p)
                w("except _TypeError as _t:", p)
                w(f"    {lhs} = h_unpack(vm, _t, {a}, {arg})", p)
            for i in range(arg):
                self.vs.append(("s", d - 1 + i))
            return
        if op == O.UNPACK_EX:
            self.prep(1, p)
            a = self.pop()
            n = (arg & 0xFF) + 1 + (arg >> 8)
            targets = [f"s{d - 1 + i}" for i in range(n)][::-1]
            self.spill[p] = (p, d - 1, None, d - 1)
            w(f"{', '.join(targets)}{',' if n == 1 else ''} = h_unpack_ex(vm, {a}, {arg & 0xFF}, {arg >> 8})", p)
            for i in range(n):
                self.vs.append(("s", d - 1 + i))
            return
        if op == O.FORMAT_VALUE:
            nin = 2 if arg & 4 else 1
            self.prep(nin, p)
            sq = self.pop_entry() if arg & 4 else None
            spec = self.ex(sq) if sq else "NOSPEC"
            v = self.pop()
            r = self.push()
            sp(d - nin)
            conv = arg & 3
            if conv == 0 and not arg & 4:
                w(f"{r} = {v} if {v}.__class__ is _str else _str({v}) if {v}.__class__ is _int "
                  f"else h_format(vm, {v}, 0, NOSPEC)", p)  # (format(n, '') of an int is str(n))
            elif conv == 0 and sq[0] == "k" and formatting.free_spec(self.consts[sq[1]]):
                # a number with a constant spec that charges nothing: what h_format would do, inline
                w(f"{r} = _format({v}, {spec}) if {v}.__class__ is _int or {v}.__class__ is _float "
                  f"else h_format(vm, {v}, 0, {spec})", p)
            else:
                w(f"{r} = h_format(vm, {v}, {conv}, {spec})", p)
            return
        if op == O.DICT_FROM_KEYS:
            self.prep(arg + 1, p)
            keys = self.pop()
            values = [self.pop() for _ in range(arg)][::-1]
            r = self.push()
            w(f"{r} = _dict(_zip({keys}, ({', '.join(values)}{',' if len(values) == 1 else ''})))", p)
            return
        if op == O.GET_ITER:
            self.prep(1, p)
            a = self.pop()
            r = self.push()
            sp(d - 1)
            w(f"{r} = h_get_iter(vm, {a})", p)
            return
        if op in (O.CALL, O.CALL_METHOD):
            meth = op == O.CALL_METHOD
            nin = arg + (2 if meth else 1)
            self.prep(nin, p)
            entries = [self.pop_entry() for _ in range(arg)][::-1]
            args = [self.ex(e) for e in entries]
            slf = self.pop() if meth else None
            fn = self.pop()
            r = self.push()
            sp(d - nin)
            lst = ", ".join(args)
            if not meth:
                call_args = "".join(f", {x}" for x in args)
                call = f"_d(vm, {fn}{call_args}) if {fn}.__class__ is Function and {_direct(fn, arg)} else " + (
                    f"_d({lst}) if {fn}.__class__ in PLAINC and (_d := P1.get(({fn}, {lst}.__class__))) is not None "
                    f"else h_call1(vm, {fn}, {lst})" if arg == 1 else f"h_call(vm, {fn}, [{lst}])")
                if fn in self.self_fn and _calls_itself(self.code, arg):  # (a recursive call, most likely)
                    # x is the function this run of R is (U when the interpreter entered it: see assemble)
                    self.calls_self = True
                    call = f"R(vm, x{call_args}) if {fn} is x else " + call
                w(f"{r} = {call}", p)
            else:
                call_args = "".join(f", {x}" for x in args)
                fast = self.fast_fn.pop(fn, None)
                if fast is not None and fast[0] == "SREPLACE":  # (a short str's replace)
                    w(f"if {fn} is SREPLACE:", p)
                    growth = _replace_growth(entries, self.consts)
                    if growth is None:  # not two constant strs: the method as guest code sees it
                        w(f"    {r} = STR_REPLACE({slf}{call_args})", p)
                    else:
                        if growth:
                            w(f"    PENDING[0] += (_len({slf}) + 1) * {growth}", p)
                        w(f"    {r} = SREPLACE({slf}{call_args})", p)
                    w(f"elif {slf} is not NULL and {fn}.__class__ not in GUESTCALL:", p)
                elif fast is not None:  # (LOAD_METHOD found the method of the receiver's type)
                    helper, ctrl = fast
                    w(f"if {fn} is {helper}:", p)
                    w(f"    {r} = {helper}({slf}{call_args})", p)
                    if ctrl:
                        w(f"    if {r}.__class__ in CTRL: {r} = h_ctrl(vm, {r})", p)
                    w(f"elif {slf} is not NULL and {fn}.__class__ not in GUESTCALL:", p)
                else:
                    w(f"if {slf} is not NULL and {fn}.__class__ not in GUESTCALL:", p)
                w(f"    {r} = {fn}({slf}{call_args})", p)
                w(f"    if {r}.__class__ in CTRL: {r} = h_ctrl(vm, {r})", p)
                # a guest method: the callee counts its steps on entry (as the interpreter's CALL_METHOD does)
                w(f"elif {fn}.__class__ is Function and {slf} is not NULL and {_direct(fn, arg + 1)}:", p)
                w(f"    {r} = _d(vm, {fn}, {slf}{call_args})", p)
                w(f"elif {fn}.__class__ is BoundMethod and (_g := {fn}.func).__class__ is Function "
                  f"and {_direct('_g', arg + 1)}:", p)
                w(f"    {r} = _d(vm, _g, {fn}.self{call_args})", p)
                w("else:", p)
                w(f"    {r} = h_callm(vm, {fn}, {slf}, [{lst}])", p)
            return
        if op in (O.CALL_KW, O.CALL_METHOD_KW):
            meth = op == O.CALL_METHOD_KW
            nin = arg + (3 if meth else 2)
            self.prep(nin, p)
            kw = self.pop()
            args = [self.pop() for _ in range(arg)][::-1]
            slf = self.pop() if meth else None
            fn = self.pop()
            r = self.push()
            sp(d - nin)
            if meth:
                w(f"{r} = h_callm_kw(vm, {fn}, {slf}, [{', '.join(args)}], {kw})", p)
            else:
                w(f"{r} = h_call_kw(vm, {fn}, [{', '.join(args)}], {kw})", p)
            return
        if op == O.CALL_EX:
            nin = 3 if arg & 1 else 2
            self.prep(nin, p)
            kwargs = self.pop() if arg & 1 else "None"
            args = self.pop()
            fn = self.pop()
            r = self.push()
            sp(d - nin)
            w(f"{r} = h_call_ex(vm, {fn}, {args}, {kwargs})", p)
            return
        if op == O.MAKE_FUNCTION:
            nin = 1 + bin(arg & 0b1011).count("1")
            self.prep(nin, p)
            fcode = self.pop()
            closure = self.pop() if arg & 8 else "NOL"
            kwdefaults = self.pop() if arg & 2 else "None"
            defaults = self.pop() if arg & 1 else "NOL"
            r = self.push()
            w(self.allocs("1"), p)
            w(f"{r} = Function({fcode}, glb, {defaults}, {kwdefaults}, {closure})", p)
            return
        if op == O.RETURN_VALUE:
            self.prep(1, p)
            self.ret(self.pop(), p)
            return
        if op == O.RETURN_CONST:
            self.ret(self.K(arg), p)
            return
        if op == O.RAISE_VARARGS:
            self.prep(arg, p)
            cause = self.pop() if arg == 2 else "None"
            exc = self.pop() if arg >= 1 else "None"
            w(f"h_raise(vm, {arg}, {exc}, {cause})", p)
            return
        if op == O.RERAISE:
            self.prep(1, p)
            w(f"h_reraise({self.pop()})", p)
            return
        if op == O.PUSH_EXC_INFO:
            self.flush(p)
            w(f"s{d} = s{d - 1}", p)
            w(f"s{d - 1} = vm.exc_info", p)
            w(f"vm.exc_info = s{d}", p)
            self.vs.append(("s", d))
            return
        if op == O.POP_EXCEPT:
            self.prep(1, p)
            w(f"vm.exc_info = {self.pop()}", p)
            return
        if op == O.CHECK_EXC_MATCH:
            self.prep(1, p)
            spec = self.pop()
            self.flush(p)
            # (the value h_err handed over is always an exception instance: its own class matches at once)
            w(f"{self.push()} = s{d - 2}.cls is {spec} or h_exc_match(s{d - 2}, {spec})", p)
            return
        if op == O.LOAD_ASSERTION_ERROR:
            self.prep(0, p)
            w(f"{self.push()} = EXCA", p)
            return
        if op == O.LOAD_BUILD_CLASS:
            self.prep(0, p)
            w(f"{self.push()} = BUILD_CLASS", p)
            return
        if op == O.BEFORE_WITH:
            self.prep(1, p)
            mgr = self.pop()
            ex_ = self.push()
            en = self.push()
            w(f"{ex_}, {en} = h_with_methods({mgr})", p)
            return
        if op == O.WITH_EXCEPT_START:
            self.flush(p)
            w(f"s{d} = s{d - 3}", p)
            w(f"s{d + 1} = h_with_except(s{d - 1})", p)
            w(f"s{d + 2} = s{d - 1}", p)
            w(f"s{d + 3} = None", p)
            for i in range(4):
                self.vs.append(("s", d + i))
            return
        if op == O.MATCH_PATTERN:
            self.prep(2, p)
            values = self.pop()
            subject = self.pop()
            k = self.K(arg)
            a = self.push()
            b = self.push()
            w(f"_x = h_match(vm, {k}, {subject}, {values})", p)
            w(f"{a} = _x if _x is not None else NOL", p)
            w(f"{b} = _x is not None", p)
            return
        if op == O.IMPORT_NAME:
            self.prep(0, p)
            w(f"{self.push()} = h_import(vm, {self.N(arg)})", p)
            return
        if op == O.IMPORT_FROM:
            self.prep(1, p)
            self.flush(p)
            w(f"{self.push()} = h_import_from(vm, s{d - 1}, {self.N(arg)})", p)
            return
        raise Unsupported(f"opcode {O.NAMES.get(op, op)}")

    def binary(self, p, a, b, aq, bq, opi, r):
        w = self.w
        P1 = p + 1
        ta, tb = self.const_type(aq), self.const_type(bq)
        num = ("_int", "_float")
        sym = ("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@")[opi]
        if opi in _ARITH_SAFE or (opi == 0 and (ta in num or tb in num)):
            w("try:", p)
            w(f"    {r} = {a} {sym} {b}", p)
            w("except _TypeError as _t:", p)
            w(f"    {r} = h_binary_t(vm, _t, {a}, {b}, {opi})", p)
            return
        if opi == 0:
            w(f"if {a}.__class__ is _int and {b}.__class__ is _int: {r} = {a} + {b}", p)
            w(f"elif {_with_float(a, b)}: {r} = {a} + {b}", p)
        elif opi == 2:
            if tb == "_int":
                bits = 8192 - max(self.consts[bq[1]].bit_length(), 1)
                w(f"if ({a}.__class__ is _int and {a}.bit_length() < {bits}) or {a}.__class__ is _float: {r} = {a} * {b}", p)
            elif tb == "_float":
                w(f"if {a}.__class__ is _float or {a}.__class__ is _int: {r} = {a} * {b}", p)
            else:
                w(f"if {a}.__class__ is _int and {b}.__class__ is _int and {a}.bit_length() + {b}.bit_length() < 8192: "
                  f"{r} = {a} * {b}", p)
                w(f"elif {_with_float(a, b)}: {r} = {a} * {b}", p)
        elif opi == 5:
            if tb in num:
                w(f"if {a}.__class__ is _int or {a}.__class__ is _float: {r} = {a} % {b}", p)
            else:
                w(f"if {a}.__class__ is _int and {b}.__class__ is _int: {r} = {a} % {b}", p)
        else:
            w(f"{r} = h_binary(vm, {a}, {b}, {opi})", p)
            return
        w("else:", p)
        w(f"    {r} = h_binary(vm, {a}, {b}, {opi})", p)


def _depths(code: Code) -> list:
    """The stack depth before each instruction (None where unreachable), as `verify` computes it."""
    instrs = code.instrs
    n = len(instrs)
    depth = [None] * (n + 1)
    work = [(0, 0)]
    for _, _, handler, level in code.exc_table:
        work.append((handler, level + 1))
    while work:
        pc, d = work.pop()
        while 0 <= pc < n:
            if depth[pc] is not None:
                if depth[pc] != d:
                    raise Unsupported("inconsistent stack depth")
                break
            depth[pc] = d
            op, arg = instrs[pc]
            try:
                need, fall, jump = _effect(op, arg)
            except ValueError:
                raise Unsupported("unknown instruction") from None
            if d < need:
                raise Unsupported("stack underflow")
            t = _target(op, arg)
            if jump is not None and t is not None:
                work.append((t, d + jump))
            if fall is None:
                break
            d += fall
            pc += 1
    return depth
