"""Compiling `match` patterns: IR patterns -> the constant trees `runtime/matching.py` walks.

Also CPython's compile-time checks on patterns (unreachable cases, names bound twice or only in some
alternatives, repeated keys and attributes), raised as `PatternError(node, message)` for codegen to
report as SyntaxErrors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from . import ir


class PatternError(Exception):
    def __init__(self, node, message: str):
        super().__init__(message)
        self.node = node
        self.message = message


@dataclass
class CompiledPattern:
    tree: tuple  # the pattern tree (see runtime/matching.py)
    names: List[str]  # capture names, by slot
    values: List[ir.Expr] = field(default_factory=list)  # expressions evaluated before matching


def irrefutable(p) -> bool:
    if isinstance(p, ir.MatchAs):
        return p.pattern is None or irrefutable(p.pattern)
    if isinstance(p, ir.MatchOr):
        return any(irrefutable(a) for a in p.patterns)
    return False


def unreachable_message(p) -> str:
    """CPython's words for an irrefutable pattern followed by more patterns."""
    while isinstance(p, ir.MatchOr):
        p = next(a for a in p.patterns if irrefutable(a))
    while isinstance(p, ir.MatchAs) and p.pattern is not None:
        p = p.pattern
    if isinstance(p, ir.MatchAs) and p.name is not None:
        return f"name capture '{p.name}' makes remaining patterns unreachable"
    return "wildcard makes remaining patterns unreachable"


def compile_pattern(pattern) -> CompiledPattern:
    out = CompiledPattern((), [])
    out.tree = _Compiler(out).pattern(pattern)
    return out


class _Compiler:
    def __init__(self, out: CompiledPattern):
        self.out = out

    def slot(self, name: str, node) -> int:
        if name in self.out.names:
            raise PatternError(node, f"multiple assignments to name '{name}' in pattern")
        self.out.names.append(name)
        return len(self.out.names) - 1

    def value(self, expr) -> tuple:
        if isinstance(expr, ir.Constant):
            return ("const", expr.value)
        if isinstance(expr, ir.UnaryOp) and isinstance(expr.operand, ir.Constant):  # negative numbers
            return ("const", -expr.operand.value)
        if isinstance(expr, ir.BinOp) and isinstance(expr.left, ir.Constant) and isinstance(expr.right, ir.Constant):
            raise PatternError(expr, "complex number patterns are not supported")
        self.out.values.append(expr)
        return ("value", len(self.out.values) - 1)

    def pattern(self, p) -> tuple:
        method = getattr(self, "p_" + type(p).__name__)
        return method(p)

    def p_MatchAs(self, p):
        sub = None if p.pattern is None else self.pattern(p.pattern)
        if p.name is None:
            return ("any",) if sub is None else sub
        return ("as", sub, self.slot(p.name, p))

    def p_MatchValue(self, p):
        return self.value(p.value)

    def p_MatchSingleton(self, p):
        return ("is", p.value)

    def p_MatchSequence(self, p):
        star = -1
        subs = []
        for i, sub in enumerate(p.patterns):
            if isinstance(sub, ir.MatchStar):
                if star >= 0:
                    raise PatternError(p, "multiple starred names in sequence pattern")
                star = i
                subs.append(("star", -1 if sub.name is None else self.slot(sub.name, sub)))
            else:
                subs.append(self.pattern(sub))
        return ("seq", tuple(subs), star)

    def p_MatchStar(self, p):
        raise PatternError(p, "can't use starred name here")

    def p_MatchMapping(self, p):
        keys, seen = [], []
        for k in p.keys:
            key = self.value(k)
            if key[0] == "const":
                if any(key[1] == s for s in seen):
                    raise PatternError(p, f"mapping pattern checks duplicate key ({key[1]!r})")
                seen.append(key[1])
            keys.append(key)
        subs = tuple(self.pattern(s) for s in p.patterns)
        rest = -1 if p.rest is None else self.slot(p.rest, p)
        return ("map", tuple(keys), subs, rest)

    def p_MatchClass(self, p):
        self.out.values.append(p.cls)
        cls_index = len(self.out.values) - 1
        for i, name in enumerate(p.kwd_attrs):
            if name in p.kwd_attrs[:i]:
                raise PatternError(p.kwd_patterns[i], f"attribute name repeated in class pattern: {name}")
        positional = tuple(self.pattern(s) for s in p.patterns)
        keyword = tuple(self.pattern(s) for s in p.kwd_patterns)
        return ("class", cls_index, positional, tuple(p.kwd_attrs), keyword)

    def p_MatchOr(self, p):
        alternatives = []
        names: Optional[List[str]] = None
        for i, alt in enumerate(p.patterns):
            if irrefutable(alt) and i < len(p.patterns) - 1:
                raise PatternError(alt, unreachable_message(alt))
            sub = _Compiler(CompiledPattern((), [], self.out.values))
            tree = sub.pattern(alt)
            if names is None:
                names = sub.out.names
            elif sorted(sub.out.names) != sorted(names):
                raise PatternError(alt, "alternative patterns bind different names")
            alternatives.append((tree, sub.out.names))
        slots = [self.slot(name, p) for name in names]
        by_name = dict(zip(names, slots))
        return ("or", tuple(_renumber(tree, alt_names, by_name) for tree, alt_names in alternatives))


def _renumber(tree, local_names, by_name):
    """An alternative compiled with its own slot numbers, rewritten to the OR pattern's slots."""
    if not isinstance(tree, tuple) or not tree:
        return tree
    kind = tree[0]
    if kind == "as":
        sub = None if tree[1] is None else _renumber(tree[1], local_names, by_name)
        return ("as", sub, by_name[local_names[tree[2]]])
    if kind == "star":
        return ("star", -1 if tree[1] < 0 else by_name[local_names[tree[1]]])
    if kind == "seq":
        return ("seq", tuple(_renumber(t, local_names, by_name) for t in tree[1]), tree[2])
    if kind == "map":
        rest = -1 if tree[3] < 0 else by_name[local_names[tree[3]]]
        return ("map", tree[1], tuple(_renumber(t, local_names, by_name) for t in tree[2]), rest)
    if kind == "class":
        return ("class", tree[1], tuple(_renumber(t, local_names, by_name) for t in tree[2]), tree[3],
                tuple(_renumber(t, local_names, by_name) for t in tree[4]))
    if kind == "or":
        return ("or", tuple(_renumber(t, local_names, by_name) for t in tree[1]))
    return tree
