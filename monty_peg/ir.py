"""Typed IR: what lowering builds from the grammar and what the resolver and code generator read.

Every node is a frozen, slotted dataclass whose first field is its source span
``(line, col, end_line, end_col)``: lines 1-based, columns 0-based character offsets, end exclusive —
the same convention as CPython's ``ast`` (in characters rather than UTF-8 bytes). Nodes mirror CPython's
``ast`` shapes closely so that semantics questions can be answered by reading CPython's compiler.
"""

from __future__ import annotations

from typing import Optional, Tuple, Union

Span = Tuple[int, int, int, int]
NO_SPAN: Span = (0, 0, 0, 0)


def _frozen(self, name, value):
    raise AttributeError(f"{type(self).__name__} nodes are immutable")


def _repr(self):
    fields = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__slots__)
    return f"{type(self).__name__}({fields})"


def _replace(self, **changes):
    values = {f: getattr(self, f) for f in self.__slots__}
    values.update(changes)
    return type(self)(**values)


def node(cls):
    """A frozen, slotted record class built from the annotations, like a frozen dataclass but about
    twenty times cheaper to create at import (IR classes are defined on every start-up)."""
    fields = tuple(cls.__dict__.get("__annotations__", {}))
    attrs = {"__slots__": fields, "__repr__": _repr,
             "__setattr__": _frozen, "__delattr__": _frozen, "replace": _replace,
             "__annotations__": cls.__annotations__, "__doc__": cls.__doc__, "__module__": cls.__module__,
             "__dataclass_fields__": dict.fromkeys(fields)}
    record = type(cls.__name__, (), attrs)
    # __init__ stores each field through its slot's own descriptor: a third cheaper than
    # object.__setattr__, which looks the name up first (lowering builds thousands of nodes per parse)
    setters = {f"_set_{f}": getattr(record, f).__set__ for f in fields}
    params = ", ".join(fields)
    body = "".join(f"    _set_{f}(self, {f})\n" for f in fields) or "    pass\n"
    namespace: dict = {}
    exec(f"def __init__(self, {params}):\n{body}", setters, namespace)
    record.__init__ = namespace["__init__"]
    return record


# ---------------------------------------------------------------- expressions


@node
class Name:
    span: Span
    id: str


@node
class Constant:
    span: Span
    value: object  # int | float | complex | str | bytes | bool | None | Ellipsis


@node
class FormattedValue:
    span: Span
    value: "Expr"
    conversion: int  # -1, or ord('r'), ord('s'), ord('a')
    format_spec: Optional["JoinedStr"]


@node
class JoinedStr:
    span: Span
    values: Tuple["Expr", ...]  # Constant(str) and FormattedValue


@node
class BinOp:
    span: Span
    left: "Expr"
    op: str  # '+', '-', '*', '@', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'
    right: "Expr"


@node
class UnaryOp:
    span: Span
    op: str  # '-', '+', '~', 'not'
    operand: "Expr"


@node
class BoolOp:
    span: Span
    op: str  # 'and' | 'or'
    values: Tuple["Expr", ...]


@node
class Compare:
    span: Span
    left: "Expr"
    ops: Tuple[str, ...]  # '<' '>' '==' '>=' '<=' '!=' 'in' 'not in' 'is' 'is not'
    comparators: Tuple["Expr", ...]


@node
class IfExp:
    span: Span
    test: "Expr"
    body: "Expr"
    orelse: "Expr"


@node
class NamedExpr:
    span: Span
    target: Name
    value: "Expr"


@node
class Lambda:
    span: Span
    args: "Arguments"
    body: "Expr"


@node
class Keyword:
    span: Span
    arg: Optional[str]  # None for **mapping
    value: "Expr"


@node
class Call:
    span: Span
    func: "Expr"
    args: Tuple["Expr", ...]  # may contain Starred
    keywords: Tuple[Keyword, ...]


@node
class Attribute:
    span: Span
    value: "Expr"
    attr: str


@node
class Subscript:
    span: Span
    value: "Expr"
    slice: "Expr"


@node
class Slice:
    span: Span
    lower: Optional["Expr"]
    upper: Optional["Expr"]
    step: Optional["Expr"]


@node
class Starred:
    span: Span
    value: "Expr"


@node
class Tuple_:
    span: Span
    elts: Tuple["Expr", ...]


@node
class List:
    span: Span
    elts: Tuple["Expr", ...]


@node
class Set:
    span: Span
    elts: Tuple["Expr", ...]


@node
class Dict:
    span: Span
    keys: Tuple[Optional["Expr"], ...]  # None marks a **mapping entry
    values: Tuple["Expr", ...]


@node
class Comprehension:
    span: Span
    target: "Expr"
    iter: "Expr"
    ifs: Tuple["Expr", ...]
    is_async: bool


@node
class ListComp:
    span: Span
    elt: "Expr"
    generators: Tuple[Comprehension, ...]


@node
class SetComp:
    span: Span
    elt: "Expr"
    generators: Tuple[Comprehension, ...]


@node
class GeneratorExp:
    span: Span
    elt: "Expr"
    generators: Tuple[Comprehension, ...]


@node
class DictComp:
    span: Span
    key: "Expr"
    value: "Expr"
    generators: Tuple[Comprehension, ...]


@node
class Yield:
    span: Span
    value: Optional["Expr"]


@node
class YieldFrom:
    span: Span
    value: "Expr"


@node
class Await:
    span: Span
    value: "Expr"


Expr = Union[
    Name, Constant, FormattedValue, JoinedStr, BinOp, UnaryOp, BoolOp, Compare, IfExp, NamedExpr,
    Lambda, Call, Attribute, Subscript, Slice, Starred, Tuple_, List, Set, Dict, ListComp, SetComp,
    GeneratorExp, DictComp, Yield, YieldFrom, Await,
]

# ---------------------------------------------------------------- function signatures


@node
class Arg:
    span: Span
    name: str
    annotation: Optional[Expr]


@node
class Arguments:
    span: Span
    posonly: Tuple[Arg, ...]
    args: Tuple[Arg, ...]
    vararg: Optional[Arg]
    kwonly: Tuple[Arg, ...]
    kw_defaults: Tuple[Optional[Expr], ...]  # one per kwonly; None = required
    kwarg: Optional[Arg]
    defaults: Tuple[Expr, ...]  # for the last len(defaults) of posonly + args


# ---------------------------------------------------------------- statements


@node
class ExprStmt:
    span: Span
    value: Expr


@node
class Assign:
    span: Span
    targets: Tuple[Expr, ...]
    value: Expr


@node
class AugAssign:
    span: Span
    target: Expr
    op: str  # the binary operator without '='
    value: Expr


@node
class AnnAssign:
    span: Span
    target: Expr
    annotation: Expr
    value: Optional[Expr]
    simple: bool


@node
class Delete:
    span: Span
    targets: Tuple[Expr, ...]


@node
class Pass:
    span: Span


@node
class Break:
    span: Span


@node
class Continue:
    span: Span


@node
class Return:
    span: Span
    value: Optional[Expr]


@node
class Raise:
    span: Span
    exc: Optional[Expr]
    cause: Optional[Expr]


@node
class Global:
    span: Span
    names: Tuple[str, ...]


@node
class Nonlocal:
    span: Span
    names: Tuple[str, ...]


@node
class Assert:
    span: Span
    test: Expr
    msg: Optional[Expr]


@node
class Alias:
    span: Span
    name: str
    asname: Optional[str]


@node
class Import:
    span: Span
    names: Tuple[Alias, ...]


@node
class ImportFrom:
    span: Span
    module: Optional[str]
    names: Tuple[Alias, ...]  # name '*' for a star import
    level: int


@node
class If:
    span: Span
    test: Expr
    body: Tuple["Stmt", ...]
    orelse: Tuple["Stmt", ...]


@node
class While:
    span: Span
    test: Expr
    body: Tuple["Stmt", ...]
    orelse: Tuple["Stmt", ...]


@node
class For:
    span: Span
    target: Expr
    iter: Expr
    body: Tuple["Stmt", ...]
    orelse: Tuple["Stmt", ...]
    is_async: bool


@node
class ExceptHandler:
    span: Span
    type: Optional[Expr]
    name: Optional[str]
    body: Tuple["Stmt", ...]


@node
class Try:
    span: Span
    body: Tuple["Stmt", ...]
    handlers: Tuple[ExceptHandler, ...]
    orelse: Tuple["Stmt", ...]
    finalbody: Tuple["Stmt", ...]


@node
class WithItem:
    span: Span
    context_expr: Expr
    optional_vars: Optional[Expr]


@node
class With:
    span: Span
    items: Tuple[WithItem, ...]
    body: Tuple["Stmt", ...]
    is_async: bool


@node
class FunctionDef:
    span: Span
    name: str
    args: Arguments
    body: Tuple["Stmt", ...]
    decorators: Tuple[Expr, ...]
    returns: Optional[Expr]
    is_async: bool
    docstring: Optional[str]


@node
class ClassDef:
    span: Span
    name: str
    bases: Tuple[Expr, ...]
    keywords: Tuple[Keyword, ...]
    body: Tuple["Stmt", ...]
    decorators: Tuple[Expr, ...]
    docstring: Optional[str]


# match patterns


@node
class MatchValue:
    span: Span
    value: Expr


@node
class MatchSingleton:
    span: Span
    value: object  # None, True, False


@node
class MatchSequence:
    span: Span
    patterns: Tuple["Pattern", ...]


@node
class MatchStar:
    span: Span
    name: Optional[str]  # None for *_


@node
class MatchMapping:
    span: Span
    keys: Tuple[Expr, ...]
    patterns: Tuple["Pattern", ...]
    rest: Optional[str]


@node
class MatchClass:
    span: Span
    cls: Expr
    patterns: Tuple["Pattern", ...]
    kwd_attrs: Tuple[str, ...]
    kwd_patterns: Tuple["Pattern", ...]


@node
class MatchAs:
    span: Span
    pattern: Optional["Pattern"]  # None: capture (or wildcard when name is None)
    name: Optional[str]


@node
class MatchOr:
    span: Span
    patterns: Tuple["Pattern", ...]


Pattern = Union[MatchValue, MatchSingleton, MatchSequence, MatchStar, MatchMapping, MatchClass, MatchAs, MatchOr]


@node
class MatchCase:
    span: Span
    pattern: Pattern
    guard: Optional[Expr]
    body: Tuple["Stmt", ...]


@node
class Match:
    span: Span
    subject: Expr
    cases: Tuple[MatchCase, ...]


Stmt = Union[
    ExprStmt, Assign, AugAssign, AnnAssign, Delete, Pass, Break, Continue, Return, Raise, Global,
    Nonlocal, Assert, Import, ImportFrom, If, While, For, Try, With, FunctionDef, ClassDef, Match,
]


@node
class Module:
    span: Span
    body: Tuple[Stmt, ...]
    docstring: Optional[str]
