"""Resolver: decides, for every name in every scope, whether it is a local slot, a cell, a free variable
or a global, and reports CPython's compile-time scope errors.

Scopes are the module, each function and lambda, and each comprehension (which CPython compiles as a
function called in place). Pass one walks the IR and records what each scope binds, uses and declares;
pass two resolves free names outward, turning the defining scope's local into a cell and threading the
name through every scope in between.
"""

from __future__ import annotations

import operator
from typing import Dict, List, Optional

from . import ir
from .errors import Diagnostic

LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT = "local", "cell", "free", "global", "global_implicit"
CLASS_LOCAL = "class_local"  # bound in a class body: lives in the class namespace (LOAD_NAME/STORE_NAME)
MAX_DEPTH = 200

_COMP_NAMES = {ir.ListComp: "<listcomp>", ir.SetComp: "<setcomp>", ir.DictComp: "<dictcomp>",
               ir.GeneratorExp: "<genexpr>"}


class Scope:
    __slots__ = ("kind", "name", "qualname", "node", "parent", "bound", "used", "params", "declared_global",
                 "declared_nonlocal", "symbols", "varnames", "cellvars", "freevars", "is_generator",
                 "is_coroutine", "children", "order", "_indexes")

    def __init__(self, kind: str, name: str, qualname: str, node, parent: Optional["Scope"]):
        self.kind = kind  # 'module' | 'function' | 'comprehension'
        self.name = name
        self.qualname = qualname
        self.node = node
        self.parent = parent
        self.bound: Dict[str, None] = {}  # ordered set
        self.used: Dict[str, None] = {}
        self.params: List[str] = []
        self.declared_global: Dict[str, None] = {}
        self.declared_nonlocal: Dict[str, None] = {}
        self.symbols: Dict[str, str] = {}
        self.varnames: List[str] = []
        self.cellvars: List[str] = []
        self.freevars: List[str] = []
        self.is_generator = False
        self.is_coroutine = False  # an `async def`, or a module with a top-level `await`
        self.children: List["Scope"] = []
        self.order: Dict[str, None] = {}  # every name in order of first appearance

    def is_function(self) -> bool:
        return self.kind in ("function", "comprehension")

    def slot(self, name: str) -> int:
        return self._index(name, 0)

    def cell_index(self, name: str) -> int:
        return self._index(name, 1)

    def _index(self, name: str, which: int) -> int:
        """A name's position in `varnames` (which=0) or in cells then free variables (which=1), from
        dicts built once per layout: `list.index` on every name would be quadratic in a big function."""
        cached = getattr(self, "_indexes", None)
        lists = (self.varnames, self.cellvars, self.freevars)
        sizes = (len(lists[0]), len(lists[1]), len(lists[2]))
        if cached is None or cached[3] != sizes or not all(map(operator.is_, lists, cached[2])):
            slots: Dict[str, int] = {}
            for i, n in enumerate(self.varnames):
                slots.setdefault(n, i)
            cells: Dict[str, int] = {}
            for i, n in enumerate(self.cellvars + self.freevars):
                cells.setdefault(n, i)
            cached = self._indexes = (slots, cells, lists, sizes)
        index = cached[which].get(name)
        if index is None:
            raise ValueError(f"{name!r} is not in list")
        return index


class Resolution:
    """What codegen needs: the scope of each scope-introducing node."""

    def __init__(self):
        self.scopes: Dict[int, Scope] = {}

    def scope_of(self, node) -> Scope:
        return self.scopes[id(node)]

    def release(self) -> None:
        """Unlink the scopes from each other once nothing needs them (codegen is done): a scope and its
        parent refer to each other, so without this the scopes, and the IR and code they reach, are
        freed only by the cyclic garbage collector, which a compile's thousands of objects then set off
        about once per compile; unlinked, reference counting frees them as soon as they are dropped."""
        for scope in self.scopes.values():
            scope.parent = None
            scope.children = []


class _Nested(Exception):
    pass


class Resolver:
    def __init__(self, diagnostics: List[Diagnostic]):
        self.diagnostics = diagnostics
        self.result = Resolution()
        self.scope: Optional[Scope] = None
        self.depth = 0
        self.loops = 0  # loops enclosing the current statement within the current scope
        self.in_finally = 0

    def error(self, where, message, kind="SyntaxError"):
        sp = where.span if hasattr(where, "span") else where
        self.diagnostics.append(Diagnostic("E003", message, sp[0], sp[1] + 1, sp[2], sp[3] + 1, None, kind))

    def unsupported(self, where, what: str):
        """A construct monty_peg refuses (the table lives with lowering's refusals)."""
        from .lower import UNSUPPORTED

        message, hint = UNSUPPORTED[what]
        sp = where.span
        self.diagnostics.append(Diagnostic("U001", message, sp[0], sp[1] + 1, sp[2], sp[3] + 1, hint,
                                           "SyntaxError"))

    # ---------------------------------------------------------------- scopes

    def resolve_module(self, module: ir.Module) -> Resolution:
        top = Scope("module", "<module>", "<module>", module, None)
        self.result.scopes[id(module)] = top
        self.scope = top
        try:
            self.stmts(module.body)
        except _Nested as e:
            self.error(e.args[0], "expression nested too deeply (more than 200 levels)")
            return self.result
        self._analyze(top)
        return self.result

    def _new_scope(self, kind, name, node):
        parent = self.scope
        if parent.kind == "module":
            qualname = name
        elif parent.kind == "class":
            qualname = f"{parent.qualname}.{name}"
        else:
            qualname = f"{parent.qualname}.<locals>.{name}"
        s = Scope(kind, name, qualname, node, parent)
        parent.children.append(s)
        self.result.scopes[id(node)] = s
        return s

    def bind(self, name: str, where=None):
        s = self.scope
        if name in s.declared_global or name in s.declared_nonlocal:
            s.order.setdefault(name)
            return
        s.bound.setdefault(name)
        s.order.setdefault(name)

    def use(self, name: str):
        s = self.scope
        s.used.setdefault(name)
        s.order.setdefault(name)

    # ---------------------------------------------------------------- statements

    def stmts(self, body):
        for s in body:
            self.stmt(s)

    def stmt(self, s):
        method = getattr(self, "s_" + type(s).__name__)
        method(s)

    def s_ExprStmt(self, s):
        self.expr(s.value)

    def s_Assign(self, s):
        self.expr(s.value)
        for t in s.targets:
            self.target(t)

    def s_AugAssign(self, s):
        self.expr(s.value)
        if isinstance(s.target, ir.Name):
            self.use(s.target.id)
        self.target(s.target)

    def s_AnnAssign(self, s):
        if s.value is not None:
            self.expr(s.value)
        self.target(s.target) if not isinstance(s.target, ir.Name) else self.bind(s.target.id)
        if self.scope.kind in ("module", "class"):  # annotations run there only, as in CPython
            self.expr(s.annotation)
            if isinstance(s.target, ir.Name):
                self.bind("__annotations__")

    def s_Delete(self, s):
        for t in s.targets:
            self.target(t)

    def s_Pass(self, s):
        pass

    def s_Break(self, s):
        if not self.loops:
            self.error(s, "'break' outside loop")

    def s_Continue(self, s):
        if not self.loops:
            self.error(s, "'continue' not properly in loop")

    def s_Return(self, s):
        if not self.scope.is_function():
            self.error(s, "'return' outside function")
        if s.value is not None:
            self.expr(s.value)

    def s_Raise(self, s):
        if s.exc is not None:
            self.expr(s.exc)
        if s.cause is not None:
            self.expr(s.cause)

    def s_Global(self, s):
        sc = self.scope
        for name in s.names:
            if name in sc.params:
                self.error(s, f"name '{name}' is parameter and global")
            elif name in sc.declared_nonlocal:
                self.error(s, f"name '{name}' is nonlocal and global")
            elif name in sc.bound:
                self.error(s, f"name '{name}' is assigned to before global declaration")
            elif name in sc.used:
                self.error(s, f"name '{name}' is used prior to global declaration")
            sc.declared_global.setdefault(name)
            sc.order.setdefault(name)

    def s_Nonlocal(self, s):
        sc = self.scope
        if sc.kind == "module":
            self.error(s, "nonlocal declaration not allowed at module level")
            return
        for name in s.names:
            if name in sc.params:
                self.error(s, f"name '{name}' is parameter and nonlocal")
            elif name in sc.declared_global:
                self.error(s, f"name '{name}' is nonlocal and global")
            elif name in sc.bound:
                self.error(s, f"name '{name}' is assigned to before nonlocal declaration")
            elif name in sc.used:
                self.error(s, f"name '{name}' is used prior to nonlocal declaration")
            sc.declared_nonlocal.setdefault(name)
            sc.order.setdefault(name)
            sc.used.setdefault(name)

    def s_Assert(self, s):
        self.expr(s.test)
        if s.msg is not None:
            self.expr(s.msg)

    def s_Import(self, s):
        for alias in s.names:
            self.bind(alias.asname or alias.name.split(".")[0])

    def s_ImportFrom(self, s):
        for alias in s.names:
            if alias.name != "*":
                self.bind(alias.asname or alias.name)

    def s_If(self, s):
        # an `elif` chain is an If nested in the orelse of the one before: walk it in a loop, not by
        # recursion, so a long chain cannot exhaust the host's stack
        while True:
            self.expr(s.test)
            self.stmts(s.body)
            if len(s.orelse) == 1 and isinstance(s.orelse[0], ir.If):
                s = s.orelse[0]
                continue
            self.stmts(s.orelse)
            return

    def s_While(self, s):
        self.expr(s.test)
        self.loops += 1
        self.stmts(s.body)
        self.loops -= 1
        self.stmts(s.orelse)

    def s_For(self, s):
        self.expr(s.iter)
        self.target(s.target)
        self.loops += 1
        self.stmts(s.body)
        self.loops -= 1
        self.stmts(s.orelse)

    def s_Try(self, s):
        self.stmts(s.body)
        for h in s.handlers:
            if h.type is not None:
                self.expr(h.type)
            if h.name is not None:
                self.bind(h.name)
            self.stmts(h.body)
        self.stmts(s.orelse)
        self.stmts(s.finalbody)

    def s_With(self, s):
        for item in s.items:
            self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.target(item.optional_vars)
        self.stmts(s.body)

    def s_FunctionDef(self, s):
        for d in s.decorators:
            self.expr(d)
        self._defaults(s.args)
        self._annotations(s.args, s.returns)
        self.bind(s.name)
        inner = self._new_scope("function", s.name, s)
        self._function_body(inner, s.args, s.body, is_lambda=False)

    def s_ClassDef(self, s):
        for d in s.decorators:
            self.expr(d)
        for b in s.bases:
            self.expr(b)
        for k in s.keywords:
            self.expr(k.value)
        self.bind(s.name)
        inner = self._new_scope("class", s.name, s)
        outer, loops = self.scope, self.loops
        self.scope, self.loops = inner, 0
        if s.docstring is not None:
            self.bind("__doc__")
        self.bind("__module__")
        self.bind("__qualname__")
        self.stmts(s.body)
        self.scope, self.loops = outer, loops

    def s_Match(self, s):
        self.expr(s.subject)
        for case in s.cases:
            self.pattern(case.pattern)
            if case.guard is not None:
                self.expr(case.guard)
            self.stmts(case.body)

    def pattern(self, p):
        if isinstance(p, ir.MatchAs):
            if p.pattern is not None:
                self.pattern(p.pattern)
            if p.name is not None:
                self.bind(p.name)
        elif isinstance(p, ir.MatchStar):
            if p.name is not None:
                self.bind(p.name)
        elif isinstance(p, (ir.MatchSequence, ir.MatchOr)):
            for q in p.patterns:
                self.pattern(q)
        elif isinstance(p, ir.MatchMapping):
            for k in p.keys:
                self.expr(k)
            for q in p.patterns:
                self.pattern(q)
            if p.rest is not None:
                self.bind(p.rest)
        elif isinstance(p, ir.MatchClass):
            self.expr(p.cls)
            for q in p.patterns + p.kwd_patterns:
                self.pattern(q)
        elif isinstance(p, ir.MatchValue):
            self.expr(p.value)

    def _defaults(self, args: ir.Arguments):
        for d in args.defaults:
            self.expr(d)
        for d in args.kw_defaults:
            if d is not None:
                self.expr(d)

    def _annotations(self, args: ir.Arguments, returns):
        """Signature annotations are never evaluated (see codegen), so they use no names."""

    def _function_body(self, inner: Scope, args: ir.Arguments, body, is_lambda):
        outer, loops = self.scope, self.loops
        self.scope, self.loops = inner, 0
        params = set(inner.params)
        for a in _all_args(args):
            if a.name not in params:
                params.add(a.name)
                inner.params.append(a.name)
            inner.bound.setdefault(a.name)
            inner.order.setdefault(a.name)
        if is_lambda:
            self.expr(body)
        else:
            self.stmts(body)
        self.scope, self.loops = outer, loops

    # ---------------------------------------------------------------- targets

    def target(self, t):
        if isinstance(t, ir.Name):
            self.bind(t.id)
        elif isinstance(t, (ir.Tuple_, ir.List)):
            for e in t.elts:
                self.target(e)
        elif isinstance(t, ir.Starred):
            self.target(t.value)
        elif isinstance(t, ir.Attribute):
            self.expr(t.value)
        elif isinstance(t, ir.Subscript):
            self.expr(t.value)
            self.expr(t.slice)
        else:
            self.expr(t)

    # ---------------------------------------------------------------- expressions

    def expr(self, e):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.depth = 0
            raise _Nested(e)
        getattr(self, "e_" + type(e).__name__)(e)
        self.depth -= 1

    def e_Name(self, e):
        self.use(e.id)
        if e.id == "super" and self.scope.kind == "function":
            # zero-argument super() needs the class: make `__class__` a free variable of the method
            self.use("__class__")

    def e_Constant(self, e):
        pass

    def e_FormattedValue(self, e):
        self.expr(e.value)
        if e.format_spec is not None:
            self.expr(e.format_spec)

    def e_JoinedStr(self, e):
        for v in e.values:
            self.expr(v)

    def e_BinOp(self, e):
        self.expr(e.left)
        self.expr(e.right)

    def e_UnaryOp(self, e):
        self.expr(e.operand)

    def e_BoolOp(self, e):
        for v in e.values:
            self.expr(v)

    def e_Compare(self, e):
        self.expr(e.left)
        for c in e.comparators:
            self.expr(c)

    def e_IfExp(self, e):
        self.expr(e.test)
        self.expr(e.body)
        self.expr(e.orelse)

    def e_NamedExpr(self, e):
        self.expr(e.value)
        # The target binds in the nearest enclosing scope that is not a comprehension.
        s = self.scope
        while s.kind == "comprehension":
            if e.target.id in s.bound and e.target.id in _comprehension_targets(s):
                self.error(e.target, f"assignment expression cannot rebind comprehension iteration "
                                     f"variable '{e.target.id}'")
            s = s.parent
        saved = self.scope
        self.scope = s
        self.bind(e.target.id)
        self.scope = saved
        if s is not saved:
            # the comprehension refers to it as a free (or global) name
            self.use(e.target.id)
            saved.bound.pop(e.target.id, None)

    def e_Lambda(self, e):
        self._defaults(e.args)
        inner = self._new_scope("function", "<lambda>", e)
        self._function_body(inner, e.args, e.body, is_lambda=True)

    def e_Call(self, e):
        self.expr(e.func)
        for a in e.args:
            self.expr(a)
        for k in e.keywords:
            self.expr(k.value)

    def e_Attribute(self, e):
        self.expr(e.value)

    def e_Subscript(self, e):
        self.expr(e.value)
        self.expr(e.slice)

    def e_Slice(self, e):
        for part in (e.lower, e.upper, e.step):
            if part is not None:
                self.expr(part)

    def e_Starred(self, e):
        self.expr(e.value)

    def e_Tuple_(self, e):
        for x in e.elts:
            self.expr(x)

    e_List = e_Set = e_Tuple_

    def e_Dict(self, e):
        for k in e.keys:
            if k is not None:
                self.expr(k)
        for v in e.values:
            self.expr(v)

    def _comprehension(self, e, parts):
        first = e.generators[0]
        self.expr(first.iter)
        inner = self._new_scope("comprehension", _COMP_NAMES[type(e)], e)
        outer, loops = self.scope, self.loops
        self.scope, self.loops = inner, 0
        inner.params.append(".0")
        inner.bound.setdefault(".0")
        inner.order.setdefault(".0")
        for i, gen in enumerate(e.generators):
            if i:
                self._no_walrus(gen.iter)
                self.expr(gen.iter)
            else:
                self._no_walrus(gen.iter)
            self.target(gen.target)
            for cond in gen.ifs:
                self.expr(cond)
        for p in parts:
            self.expr(p)
        if isinstance(e, ir.GeneratorExp):
            inner.is_generator = True
        self.scope, self.loops = outer, loops

    def _no_walrus(self, e):
        stack = [e]
        while stack:
            x = stack.pop()
            if isinstance(x, ir.NamedExpr):
                self.error(x, "assignment expression cannot be used in a comprehension iterable expression")
                return
            if isinstance(x, (ir.Lambda, ir.ListComp, ir.SetComp, ir.DictComp, ir.GeneratorExp)):
                continue
            for name in getattr(x, "__dataclass_fields__", ()):
                v = getattr(x, name)
                if isinstance(v, tuple):
                    stack.extend(i for i in v if hasattr(i, "span"))
                elif hasattr(v, "span") and not isinstance(v, tuple):
                    stack.append(v)

    def e_ListComp(self, e):
        self._comprehension(e, (e.elt,))

    e_SetComp = e_GeneratorExp = e_ListComp

    def e_DictComp(self, e):
        self._comprehension(e, (e.key, e.value))

    def e_Yield(self, e):
        self._yield(e)
        if e.value is not None:
            self.expr(e.value)

    def e_YieldFrom(self, e):
        self._yield(e)
        self.expr(e.value)

    def _yield(self, e):
        s = self.scope
        if s.kind == "module":
            self.error(e, "'yield' outside function")
        elif s.kind == "comprehension":
            self.error(e, f"'yield' inside {_COMP_DESCRIPTIONS[type(s.node)]}")
        elif isinstance(s.node, ir.FunctionDef) and s.node.is_async:
            if isinstance(e, ir.YieldFrom):
                self.error(e, "'yield from' inside async function")
            else:
                self.unsupported(e, "async generator")
        elif isinstance(s.node, ir.Lambda) or isinstance(s.node, ir.FunctionDef):
            s.is_generator = True

    def e_Await(self, e):
        """`await` runs in an `async def`, and at the top level of a script (which then runs as a
        coroutine, as in Monty and in asyncio's REPL)."""
        s = self.scope
        if s.kind == "module":
            s.is_coroutine = True
        elif s.kind == "comprehension":
            self.unsupported(e, "async comprehension")
        elif s.kind == "class":
            self.error(e, "'await' outside function")
        elif not (isinstance(s.node, ir.FunctionDef) and s.node.is_async):
            self.error(e, "'await' outside async function")
        self.expr(e.value)

    # ---------------------------------------------------------------- pass two

    def _analyze(self, top: Scope):
        stack = [top]
        while stack:
            s = stack.pop()
            self._resolve_scope(s)
            stack.extend(reversed(s.children))
        # final layouts
        for s in self._all(top):
            self._layout(s)

    def _all(self, top):
        out, stack = [], [top]
        while stack:
            s = stack.pop()
            out.append(s)
            stack.extend(reversed(s.children))
        return out

    def _resolve_scope(self, s: Scope):
        sym = s.symbols
        if s.kind == "module":
            for name in s.order:
                sym[name] = GLOBAL_IMPLICIT
            return
        if s.kind == "class":
            for name in s.order:
                if name in sym:
                    continue
                if name in s.declared_global:
                    sym[name] = GLOBAL_EXPLICIT
                elif name in s.declared_nonlocal:
                    if not self._bind_free(s, name, nonlocal_=True):
                        self.error(s.node.span, f"no binding for nonlocal '{name}' found")
                        sym[name] = CLASS_LOCAL
                elif name in s.bound:
                    sym[name] = CLASS_LOCAL
                elif not self._bind_free(s, name, nonlocal_=False):
                    sym[name] = GLOBAL_IMPLICIT
            return
        for name in s.order:
            if name in sym:  # already set as pass-through FREE by a child of an earlier sibling? keep
                continue
            if name in s.declared_global:
                sym[name] = GLOBAL_EXPLICIT
            elif name in s.declared_nonlocal:
                if not self._bind_free(s, name, nonlocal_=True):
                    self.error(s.node.span, f"no binding for nonlocal '{name}' found")
                    sym[name] = LOCAL
            elif name in s.bound:
                sym[name] = LOCAL
            else:
                if not self._bind_free(s, name, nonlocal_=False):
                    sym[name] = GLOBAL_IMPLICIT

    def _bind_free(self, s: Scope, name: str, nonlocal_: bool) -> bool:
        """Find `name` in an enclosing function scope; make it a cell there and free on the way."""
        chain = []
        p = s.parent
        while p is not None and p.kind != "module":
            if p.kind == "class":
                if name == "__class__":  # the implicit cell of the class a method belongs to
                    p.symbols[name] = CELL
                    for q in chain:
                        q.symbols[name] = FREE
                    s.symbols[name] = FREE
                    return True
                # a class body's names are not visible to the functions nested in it
                chain.append(p)
                p = p.parent
                continue
            kind = p.symbols.get(name)
            if kind is None:
                if name in p.declared_global:
                    kind = GLOBAL_EXPLICIT
                elif name in p.bound and name not in p.declared_nonlocal:
                    kind = LOCAL
                elif name in p.declared_nonlocal:
                    kind = FREE
            if kind in (LOCAL, CELL):
                p.symbols[name] = CELL
                for q in chain:
                    q.symbols[name] = FREE
                s.symbols[name] = FREE
                return True
            if kind == FREE:
                for q in chain:
                    q.symbols[name] = FREE
                s.symbols[name] = FREE
                return True
            if kind in (GLOBAL_EXPLICIT, GLOBAL_IMPLICIT):
                if nonlocal_:
                    return False
                s.symbols[name] = GLOBAL_IMPLICIT
                return True
            chain.append(p)
            p = p.parent
        return False

    def _layout(self, s: Scope):
        if s.kind == "module":
            return
        node = s.node
        if s.kind == "class":
            s.varnames = []
            s.cellvars = [n for n, k in s.symbols.items() if k == CELL]
            s.freevars = [n for n, k in s.symbols.items() if k == FREE]
            return
        if isinstance(node, (ir.FunctionDef, ir.Lambda)):
            args = node.args
            ordered = [a.name for a in args.posonly + args.args + args.kwonly]
            if args.vararg is not None:
                ordered.append(args.vararg.name)
            if args.kwarg is not None:
                ordered.append(args.kwarg.name)
        else:
            ordered = [".0"]
        varnames = dict.fromkeys(ordered)  # an ordered set
        for name, kind in s.symbols.items():
            if kind == LOCAL:
                varnames.setdefault(name)
        s.varnames = list(varnames)
        s.cellvars = [n for n, k in s.symbols.items() if k == CELL]
        s.freevars = [n for n, k in s.symbols.items() if k == FREE]


_COMP_DESCRIPTIONS = {ir.ListComp: "list comprehension", ir.SetComp: "set comprehension",
                      ir.DictComp: "dict comprehension", ir.GeneratorExp: "generator expression"}


def _comprehension_targets(s: Scope):
    names = set()
    for gen in getattr(s.node, "generators", ()):
        names.update(target_names(gen.target))
    return names


def target_names(target) -> List[str]:
    """The names an assignment target binds (through tuples, lists and starred items; not attributes or
    subscripts)."""
    names = []
    stack = [target]
    while stack:
        t = stack.pop()
        if isinstance(t, ir.Name):
            names.append(t.id)
        elif isinstance(t, (ir.Tuple_, ir.List)):
            stack.extend(t.elts)
        elif isinstance(t, ir.Starred):
            stack.append(t.value)
    return names


def _all_args(args: ir.Arguments):
    out = list(args.posonly) + list(args.args) + list(args.kwonly)
    if args.vararg is not None:
        out.append(args.vararg)
    if args.kwarg is not None:
        out.append(args.kwarg)
    return out


def resolve(module: ir.Module, diagnostics: List[Diagnostic]) -> Resolution:
    return Resolver(diagnostics).resolve_module(module)
