"""The audit of generated code: every module the compiled tier generates is parsed again and accepted only
if it has the shapes the translator emits (`runtime/translate.py`), before `compile()` sees it.

What it enforces (each is a security invariant of the tier, see docs/performance.md):
* exactly one function, `R`, and nothing else at module level;
* no string, bytes or float literal anywhere (guest text and guest constants only ever come from the
  tables, `K<i>`/`N<i>`/`G<i>`), and integer literals small (instruction numbers, slots, counts);
* every name is one of the translator's own (`s3`, `l0`, `K5`, a helper `h_*`, ...): no builtins, no
  dunders, no guest identifiers;
* attribute access only on an allow-list of runtime fields and container methods (no `__x__`);
* only the statement and expression kinds the translator uses (no import, lambda, class, def, global,
  with, del, yield, comprehensions...), nested no deeper than CPython's limits allow.
"""

from __future__ import annotations

import ast
import re


class AuditError(Exception):
    pass


_OWN_NAME = re.compile(r"^(?:[slcaKNG]\d+|_[xc]\d+)$")
_FIXED = {"R", "vm", "x", "f", "pc", "glb", "_fr", "_own", "_e", "_v", "_b", "_d", "_m", "_x", "_t", "_st", "_n", "_i",
          "_g", "CODE"}
_ATTRS = {"budget", "frames", "allocs", "globals", "locals", "cells", "stack", "pc", "code", "direct", "argcount",
          "ncap", "v", "exc_info", "weight", "append", "add", "clear", "pop", "get", "bit_length", "func", "self",
          "closure"}
_STMTS = (ast.Assign, ast.AugAssign, ast.Expr, ast.If, ast.While, ast.For, ast.Try, ast.Return, ast.Pass,
          ast.Break, ast.Continue)
_EXPRS = (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.Compare, ast.BoolOp, ast.UnaryOp, ast.BinOp,
          ast.Tuple, ast.List, ast.Set, ast.Dict, ast.Constant, ast.NamedExpr, ast.IfExp)
_OTHER = (ast.Load, ast.Store, ast.And, ast.Or, ast.Not, ast.USub, ast.UAdd, ast.Invert, ast.Add, ast.Sub,
          ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr,
          ast.BitXor, ast.MatMult, ast.Is, ast.IsNot, ast.Lt, ast.LtE, ast.Eq, ast.NotEq, ast.Gt, ast.GtE, ast.In,
          ast.NotIn, ast.ExceptHandler, ast.arguments, ast.arg)
MAX_DEPTH = 90  # statement nesting (CPython's parser refuses 100 levels of indentation)
MAX_INT = 1 << 31


def audit(source: str, result=None, helpers=None):
    """Raise AuditError unless `source` is a module of the translator's shape."""
    if helpers is None:
        from .compiled import HELPERS

        helpers = HELPERS
    allowed = _FIXED | set(helpers)
    if result is not None:
        allowed |= set(result.tables)
    try:
        tree = ast.parse(source)
    except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
        raise AuditError(f"does not parse: {type(e).__name__}") from None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef) or tree.body[0].name != "R":
        raise AuditError("module is not exactly `def R(...)`")
    fn = tree.body[0]
    if fn.decorator_list or fn.returns is not None or fn.args.vararg or fn.args.kwarg or fn.args.posonlyargs \
            or [a.arg for a in fn.args.kwonlyargs] != ["f"] or not isinstance(fn.args.kw_defaults[0], ast.Constant) \
            or fn.args.kw_defaults[0].value is not None:
        raise AuditError("unexpected function signature")
    names = [a.arg for a in fn.args.args]
    if names[:2] != ["vm", "x"] or any(not re.match(r"^l\d+$", a) for a in names[2:]):
        raise AuditError("unexpected parameters")
    for d in fn.args.defaults:
        if not (isinstance(d, ast.Name) and d.id == "U"):
            raise AuditError("unexpected default")
    _check_body(fn.body, allowed, 1)


def _check_body(body, allowed, depth):
    if depth > MAX_DEPTH:
        raise AuditError("nested too deeply")
    for stmt in body:
        if not isinstance(stmt, _STMTS):
            raise AuditError(f"statement {type(stmt).__name__} not allowed")
        for child in ast.iter_child_nodes(stmt):
            if isinstance(child, ast.stmt):
                continue
            if isinstance(child, ast.ExceptHandler):
                if child.type is None or not (isinstance(child.type, ast.Name) and child.type.id in
                                              ("BaseException", "_TypeError", "_KeyError")):
                    raise AuditError("unexpected except clause")
                if child.name is not None and child.name not in ("_e", "_t"):
                    raise AuditError("unexpected exception name")
                _check_body(child.body, allowed, depth + 1)
                continue
            _check_expr(child, allowed)
        for field in ("body", "orelse", "finalbody"):
            sub = getattr(stmt, field, None)
            if sub:
                _check_body(sub, allowed, depth + 1)
        if isinstance(stmt, ast.Try) and stmt.finalbody:
            raise AuditError("finally not allowed")


def _check_expr(node, allowed):
    todo = [node]
    while todo:
        n = todo.pop()
        if isinstance(n, ast.Name):
            if n.id not in allowed and not _OWN_NAME.match(n.id) and n.id != "BaseException":
                raise AuditError(f"name not allowed: {n.id!r}")
        elif isinstance(n, ast.Attribute):
            if n.attr == "__class__":  # a value's type, for the guards: only of a variable
                if not isinstance(n.value, (ast.Name, ast.NamedExpr)):
                    raise AuditError("__class__ of an expression")
            elif n.attr not in _ATTRS:
                raise AuditError(f"attribute not allowed: {n.attr!r}")
        elif isinstance(n, ast.Constant):
            v = n.value
            if not (v is None or v is True or v is False or (type(v) is int and -1 <= v < MAX_INT)):
                raise AuditError(f"literal not allowed: {type(v).__name__}")
        elif isinstance(n, ast.Call):
            if n.keywords or any(isinstance(a, ast.Starred) for a in n.args):
                raise AuditError("keyword or starred arguments not allowed")
        elif not isinstance(n, _EXPRS + _OTHER):
            raise AuditError(f"expression {type(n).__name__} not allowed")
        todo.extend(ast.iter_child_nodes(n))
