"""Lowering: the parser's callbacks, one per grammar rule or alias, building `ir` nodes directly.

The LALR parser calls these bottom-up as it reduces, so there is no parse tree and no recursion.
Spans come from the tokens the grammar keeps (named keywords and brackets). Problems that CPython
reports at compile time, and constructs monty_peg refuses, are recorded as diagnostics and lowering
goes on, so that one run can report every problem; the parse stage raises the first.
"""

from __future__ import annotations

import unicodedata
from typing import List, Optional

from . import ir, positions
from ._parser import Token
from .errors import Diagnostic
from .strings import LiteralError, decode_literal, split_prefix
from .fstrings import FStringError, scan_fstring

# Constructs monty_peg parses but refuses: message, hint (see docs/language.md).
UNSUPPORTED = {
    "async generator": ("asynchronous generators are not supported yet",
                        "collect the values in a list, or write a class with __aiter__ and __anext__"),
    "async comprehension": ("asynchronous comprehensions are not supported yet", None),
    "except*": ("'except*' (exception groups) is not supported", "use a plain 'except'"),
    "complex": ("complex numbers are not supported", None),
    "relative import": ("relative imports are not supported", "import a module by its absolute name"),
    "star import": ("'from ... import *' is not supported", "import the names you need"),
}


MAX_NESTING = 200  # resolve.MAX_DEPTH: how deeply expressions may nest
MAX_INT_DIGITS = 4300  # CPython 3.11's default limit on decimal int literals (sys.int_info.default_max_str_digits)


def _is_tok(x) -> bool:
    return isinstance(x, Token)


def _end(x):
    if isinstance(x, Token):
        return x.end_line, x.end_column - 1
    return x.span[2], x.span[3]


def span(a, b=None) -> ir.Span:
    """Span from the start of `a` to the end of `b` (tokens or nodes). Spelled out, not built from two
    helper calls: lowering takes a span for nearly every node."""
    if b is None:
        b = a
    if isinstance(a, Token):
        line, col = a.line, a.column - 1
    else:
        sp = a.span
        line, col = sp[0], sp[1]
    if isinstance(b, Token):
        return line, col, b.end_line, b.end_column - 1
    sp = b.span
    return line, col, sp[2], sp[3]


def _ident(tok) -> str:
    name = str(tok)
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
    return name


_ASSIGN_CONTEXT_NAMES = {
    ir.Call: "function call", ir.BinOp: "expression", ir.UnaryOp: "expression", ir.BoolOp: "expression",
    ir.Compare: "comparison", ir.IfExp: "conditional expression", ir.Lambda: "lambda",
    ir.Attribute: "attribute", ir.Subscript: "subscript", ir.Starred: "starred",
    ir.NamedExpr: "named expression", ir.Dict: "dict literal", ir.Set: "set display",
    ir.ListComp: "list comprehension", ir.SetComp: "set comprehension", ir.DictComp: "dict comprehension",
    ir.GeneratorExp: "generator expression", ir.Yield: "yield expression", ir.YieldFrom: "yield expression",
    ir.Await: "await expression", ir.JoinedStr: "f-string expression", ir.FormattedValue: "f-string expression",
}


def _describe(e) -> str:
    if isinstance(e, ir.Constant):
        if e.value is None or e.value is True or e.value is False:
            return str(e.value)
        if e.value is Ellipsis:
            return "ellipsis"
        return "literal"
    return _ASSIGN_CONTEXT_NAMES.get(type(e), "expression")


class Lowering:
    """The transformer handed to the generated parser. Per-parse state lives in `begin()`/`end()`."""

    def __init__(self, parse_field):
        self._parse_field = parse_field
        self.source = ""
        self.filename = "main.py"
        self.diagnostics: List[Diagnostic] = []
        self._field_depth = 0  # > 0 while an f-string replacement field is being parsed
        self._heights: dict = {}  # id(node) -> (node, height) for recent expression nodes, see `_nested`

    # ---------------------------------------------------------------- per-parse state

    def begin(self, source, filename, diagnostics):
        saved = (self.source, self.filename, self.diagnostics)
        self.source, self.filename, self.diagnostics = source, filename, diagnostics
        return saved

    def end(self, saved):
        self.source, self.filename, self.diagnostics = saved
        self._heights.clear()

    def _nested(self, node, *children):
        """`node`, once its height (the most nodes on a path down from it) is known to be acceptable.

        Nodes are built bottom-up as the parser reduces, so a long chain without brackets (`1 + 1 + ...`,
        `not not ...`, `x.a.a...`, `f()()...`, `a if b else a if ...`, `lambda: lambda: ...`) is refused as
        soon as it is deeper than the resolver accepts (`resolve.MAX_DEPTH`; one more level, as the resolver
        does not count an assignment target itself), instead of after parsing all of it. Only the most
        recent nodes are remembered: this is a fast path, and the resolver checks every expression exactly.
        """
        heights = self._heights
        height = 2
        for child in children:
            entry = heights.get(id(child))
            if entry is not None and entry[0] is child and entry[1] >= height:
                height = entry[1] + 1
        if height > MAX_NESTING + 1:
            _abort(node, f"expression nested too deeply (more than {MAX_NESTING} levels)", "E003")  # as resolve
        if len(heights) >= 4096:
            heights.clear()
        heights[id(node)] = (node, height)
        return node

    def error(self, where, message, code="E002", hint=None, kind="SyntaxError"):
        sp = where if isinstance(where, tuple) else span(where)
        self.diagnostics.append(Diagnostic(code, message, sp[0], sp[1] + 1, sp[2], sp[3] + 1, hint, kind))

    def unsupported(self, where, what):
        message, hint = UNSUPPORTED[what]
        self.error(where, message, code="U001", hint=hint)

    # ---------------------------------------------------------------- start rules

    def module(self, children):
        body = tuple(children)
        end = body[-1].span[2:] if body else (1, 0)
        return ir.Module((1, 0, *end), body, _docstring(body))

    def field_input(self, children):
        return children[0]

    def suite(self, children):
        return tuple(children)

    # ---------------------------------------------------------------- simple statements

    def expr_stmt(self, c):
        return ir.ExprStmt(c[0].span, c[0])

    def assign_stmt(self, c):
        *targets, value = c
        for t in targets:
            self.check_target(t, "assign" if len(targets) == 1 else "chain")
        return ir.Assign(span(targets[0], value), tuple(targets), value)

    def annassign_stmt(self, c):
        target, annotation, value = c if len(c) == 3 else (*c, None)
        if isinstance(target, (ir.Tuple_, ir.List)):
            self.error(target, "only single target (not tuple) can be annotated" if isinstance(target, ir.Tuple_)
                       else "only single target (not list) can be annotated")
        elif not isinstance(target, (ir.Name, ir.Attribute, ir.Subscript)):
            self.error(target, "illegal target for annotation")
        return ir.AnnAssign(span(target, value or annotation), target, annotation, value,
                            isinstance(target, ir.Name))

    def augassign_stmt(self, c):
        target, op, value = c
        if not isinstance(target, (ir.Name, ir.Attribute, ir.Subscript)):
            self.error(target, f"'{_describe_aug(target)}' is an illegal expression for augmented assignment")
        return ir.AugAssign(span(target, value), target, str(op)[:-1], value)

    def del_stmt(self, c):
        kw, target = c
        targets = target.elts if isinstance(target, ir.Tuple_) and target.span[1] != -1 and \
            not self._parenthesized(target) else (target,)
        for t in targets:
            self.check_target(t, "delete")
        return ir.Delete(span(kw, target), tuple(targets))

    def pass_stmt(self, c):
        return ir.Pass(span(c[0]))

    def break_stmt(self, c):
        return ir.Break(span(c[0]))

    def continue_stmt(self, c):
        return ir.Continue(span(c[0]))

    def return_stmt(self, c):
        kw, value = c
        return ir.Return(span(kw, value or kw), value)

    def raise_stmt(self, c):
        kw, exc, cause = c
        return ir.Raise(span(kw, cause or exc or kw), exc, cause)

    def global_stmt(self, c):
        return ir.Global(span(c[0], c[-1]), tuple(_ident(t) for t in c[1:]))

    def nonlocal_stmt(self, c):
        return ir.Nonlocal(span(c[0], c[-1]), tuple(_ident(t) for t in c[1:]))

    def assert_stmt(self, c):
        kw, test, msg = c
        return ir.Assert(span(kw, msg or test), test, msg)

    def import_stmt(self, c):
        return ir.Import(span(c[0], c[-1]), tuple(c[1:]))

    def dotted_as_name(self, c):
        (name, sp), asname = c
        if asname is not None:  # `sp` is the dotted name's span (a tuple), not a node
            sp = (sp[0], sp[1], *_end(asname))
        return ir.Alias(sp, name, _ident(asname) if asname else None)

    def dotted_name(self, c):
        return ".".join(_ident(t) for t in c), span(c[0], c[-1])

    def import_dots(self, c):
        return sum(3 if t.type == "ELLIPSIS" else 1 for t in c)

    def from_stmt(self, c):
        kw, level, (module, _), _imp, *targets = c
        return self._from(kw, level, module, targets)

    def from_dots_only(self, c):
        kw, level, _imp, *targets = c
        return self._from(kw, level, None, targets)

    def _from(self, kw, level, module, targets):
        names = []
        last = targets[-1]
        for t in targets:
            if _is_tok(t):
                if t.type == "STAR":
                    names.append(ir.Alias(span(t), "*", None))
                    self.unsupported(t, "star import")
                continue
            names.append(t)
        if level:
            self.unsupported(span(kw, last), "relative import")
        return ir.ImportFrom(span(kw, last), module, tuple(names), level)

    def import_as_name(self, c):
        name, asname = c
        return ir.Alias(span(name, asname or name), _ident(name), _ident(asname) if asname else None)

    # ---------------------------------------------------------------- compound statements

    def if_stmt(self, c):
        kw, test, body, *elifs, orelse = c
        orelse = orelse or ()
        for ekw, etest, ebody in reversed(elifs):
            end = orelse[-1] if orelse else ebody[-1]
            orelse = (ir.If(span(ekw, end), etest, ebody, orelse),)
        end = orelse[-1] if orelse else body[-1]
        return ir.If(span(kw, end), test, body, orelse)

    def elif_clause(self, c):
        return tuple(c)

    def while_stmt(self, c):
        kw, test, body, orelse = c
        orelse = orelse or ()
        return ir.While(span(kw, (orelse or body)[-1]), test, body, orelse)

    def for_stmt(self, c):
        kw, target, it, body, orelse = c
        orelse = orelse or ()
        self.check_target(target, "for")
        return ir.For(span(kw, (orelse or body)[-1]), target, it, body, orelse, False)

    def try_stmt(self, c):
        kw, body, *handlers, orelse, finalbody = c
        orelse = orelse or ()
        finalbody = finalbody or ()
        for h in handlers[:-1]:
            if h.type is None:
                self.error(h, "default 'except:' must be last")
        last = (finalbody or orelse or handlers[-1].body)[-1]
        return ir.Try(span(kw, last), body, tuple(handlers), orelse, finalbody)

    def try_finally(self, c):
        kw, body, finalbody = c
        return ir.Try(span(kw, finalbody[-1]), body, (), (), finalbody)

    def except_clause(self, c):
        kw, typ, name, body = c
        return ir.ExceptHandler(span(kw, body[-1]), typ, _ident(name) if name else None, body)

    def except_star_clause(self, c):
        kw, _star, typ, name, body = c
        self.unsupported(span(kw, typ), "except*")
        return ir.ExceptHandler(span(kw, body[-1]), typ, _ident(name) if name else None, body)

    def with_stmt(self, c):
        kw, *items, body = c
        return ir.With(span(kw, body[-1]), tuple(items), body, False)

    def with_item(self, c):
        expr, target = c
        if target is not None:
            self.check_target(target, "with")
        return ir.WithItem(span(expr, target or expr), expr, target)

    def funcdef(self, c):
        kw, name, lpar, params, returns, body = c
        args = params if params is not None else _empty_args(span(lpar))
        return ir.FunctionDef(span(kw, body[-1]), _ident(name), args, body, (), returns, False, _docstring(body))

    def classdef(self, c):
        kw, name, _lpar, arguments, _rpar, body = c
        bases, keywords = arguments if arguments is not None else ((), ())
        for b in bases:
            if isinstance(b, ir.Starred):
                self.error(b, "'*' in a class's bases is not supported", code="U001")
        return ir.ClassDef(span(kw, body[-1]), _ident(name), tuple(bases), tuple(keywords), body, (),
                           _docstring(body))

    def decorator(self, c):
        return c[1]

    def decorated(self, c):
        *decorators, definition = c
        return _replace(definition, decorators=tuple(decorators))

    def async_stmt(self, c):
        kw, stmt = c
        return _replace(stmt, is_async=True, span=span(kw, stmt))

    # ---------------------------------------------------------------- parameters

    def parameters(self, c):
        return self._arguments(c, lambda_=False)

    def lambda_params(self, c):
        return self._arguments(c, lambda_=True)

    def param_plain(self, c):
        name, annotation, default = c
        return ("plain", ir.Arg(span(name, annotation or name), _ident(name), annotation), default, name)

    def lambda_param_plain(self, c):
        name, default = c
        return ("plain", ir.Arg(span(name), _ident(name), None), default, name)

    def param_slash(self, c):
        return ("slash", None, None, c[0])

    def param_star(self, c):
        star, name, annotation = c
        if name is None:
            return ("star", None, None, star)
        return ("star", ir.Arg(span(name, annotation or name), _ident(name), annotation), None, star)

    def lambda_param_star(self, c):
        star, name = c
        if name is None:
            return ("star", None, None, star)
        return ("star", ir.Arg(span(name), _ident(name), None), None, star)

    def param_dstar(self, c):
        star, name, annotation = c
        return ("dstar", ir.Arg(span(name, annotation or name), _ident(name), annotation), None, star)

    def lambda_param_dstar(self, c):
        star, name = c
        return ("dstar", ir.Arg(span(name), _ident(name), None), None, star)

    def _arguments(self, params, lambda_):
        posonly: list = []
        args: list = []
        defaults: list = []
        kwonly: list = []
        kw_defaults: list = []
        vararg = kwarg = None
        seen_star = seen_slash = False
        seen_names = set()
        for position, (kind, arg, default, tok) in enumerate(params):
            if kwarg is not None:
                self.error(tok, "arguments cannot follow var-keyword argument")
                break
            if arg is not None:
                if arg.name in seen_names:
                    self.error(arg, f"duplicate argument '{arg.name}' in function definition")
                seen_names.add(arg.name)
            if kind == "plain":
                if seen_star:
                    kwonly.append(arg)
                    kw_defaults.append(default)
                else:
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        self.error(arg, "non-default argument follows default argument")
                    args.append(arg)
            elif kind == "slash":
                if seen_slash:
                    self.error(tok, "/ may appear only once")
                elif seen_star:
                    self.error(tok, "/ must be ahead of *")
                elif not args:
                    self.error(tok, "at least one argument must precede /")
                seen_slash = True
                posonly, args = args, []
            elif kind == "star":
                first_star = not seen_star
                if seen_star:
                    self.error(tok, "* argument may appear only once")
                seen_star = True
                vararg = arg
                if arg is None and first_star:  # (once: each check copies the rest of the parameters)
                    rest = params[position + 1:]
                    if not rest or all(k == "dstar" for k, *_ in rest):
                        self.error(tok, "named arguments must follow bare *")
            else:
                kwarg = arg
        first = params[0][3] if params[0][1] is None else params[0][1]
        last_param = params[-1]
        last = last_param[2] or last_param[1] or last_param[3]
        return ir.Arguments(span(first, last), tuple(posonly), tuple(args), vararg, tuple(kwonly),
                            tuple(kw_defaults), kwarg, tuple(defaults))

    # ---------------------------------------------------------------- match

    def match_stmt(self, c):
        kw, subject, *cases = c
        return ir.Match(span(kw, cases[-1].body[-1]), subject, tuple(cases))

    def case_block(self, c):
        kw, pattern, guard, body = c
        return ir.MatchCase(span(kw, body[-1]), pattern, guard, body)

    def open_sequence_pattern(self, c):
        return ir.MatchSequence(span(c[0], c[-1]), tuple(c))

    def star_pattern(self, c):
        star, name = c
        n = _ident(name)
        return ir.MatchStar(span(star, name), None if n == "_" else n)

    def as_pattern(self, c):
        pattern, name = c
        n = _ident(name)
        if n == "_":
            self.error(name, "cannot use '_' as a target")
        return ir.MatchAs(span(pattern, name), pattern, n)

    def or_pattern(self, c):
        return ir.MatchOr(span(c[0], c[-1]), tuple(c))

    def capture_pattern(self, c):
        n = _ident(c[0])
        return ir.MatchAs(span(c[0]), None, None if n == "_" else n)

    def value_pattern(self, c):
        return ir.MatchValue(c[0].span, c[0])

    def group_pattern(self, c):
        return c[1]

    def sequence_pattern(self, c):
        items = tuple(x for x in c if x is not None and not _is_tok(x))
        return ir.MatchSequence(span(c[0], c[-1]), items)

    def mapping_pattern(self, c):
        keys, patterns, rest = [], [], None
        for x in c[1:-1]:
            if x is None:
                continue
            if isinstance(x, tuple) and x[0] == "**":
                rest = x[1]
            else:
                keys.append(x[0])
                patterns.append(x[1])
        return ir.MatchMapping(span(c[0], c[-1]), tuple(keys), tuple(patterns), rest)

    def mapping_item(self, c):
        key, pattern = c
        if isinstance(key, ir.MatchValue):
            key = key.value
        elif isinstance(key, ir.MatchSingleton):
            key = ir.Constant(key.span, key.value)
        return (key, pattern)

    def double_star_pattern(self, c):
        return ("**", _ident(c[1]))

    def literal_pattern(self, c):
        value = c[0]
        if _is_tok(value):
            v = {"NONE": None, "TRUE": True, "FALSE": False}[value.type]
            return ir.MatchSingleton(span(value), v)
        return ir.MatchValue(value.span, value)

    def complex_literal_pattern(self, c):
        left, _op, right = c
        self.unsupported(span(left, right), "complex")
        return ir.MatchValue(span(left, right), left)

    def negative_number(self, c):
        minus, number = c
        return ir.UnaryOp(span(minus, number), "-", number)

    def dotted_value(self, c):
        node = ir.Name(span(c[0]), _ident(c[0]))
        for t in c[1:]:
            node = ir.Attribute(span(c[0], t), node, _ident(t))
        return node

    def class_pattern(self, c):
        cls, lpar, *args = c
        rpar = args.pop()
        if _is_tok(cls):
            cls = ir.Name(span(cls), _ident(cls))
        patterns, kwd_attrs, kwd_patterns = [], [], []
        for a in args:
            if a is None:
                continue
            if isinstance(a, tuple):
                kwd_attrs.append(a[0])
                kwd_patterns.append(a[1])
            else:
                if kwd_attrs:
                    self.error(a, "positional patterns follow keyword patterns")
                patterns.append(a)
        return ir.MatchClass(span(cls, rpar), cls, tuple(patterns), tuple(kwd_attrs), tuple(kwd_patterns))

    def keyword_pattern(self, c):
        return (_ident(c[0]), c[1])

    # ---------------------------------------------------------------- expressions

    def walrus(self, c):
        name, value = c
        return ir.NamedExpr(span(name, value), ir.Name(span(name), _ident(name)), value)

    def ifexp(self, c):
        body, _if, test, orelse = c
        return self._nested(ir.IfExp(span(body, orelse), test, body, orelse), test, body, orelse)

    def lambdef(self, c):
        kw, params, body = c
        args = params if params is not None else _empty_args(span(kw))
        return self._nested(ir.Lambda(span(kw, body), args, body), body)

    def or_test(self, c):
        return self._nested(ir.BoolOp(span(c[0], c[-1]), "or", tuple(c)), *c)

    def and_test(self, c):
        return self._nested(ir.BoolOp(span(c[0], c[-1]), "and", tuple(c)), *c)

    def not_test(self, c):
        kw, operand = c
        return self._nested(ir.UnaryOp(span(kw, operand), "not", operand), operand)

    def comparison(self, c):
        left = c[0]
        ops = tuple(c[1::2])
        comparators = tuple(c[2::2])
        return self._nested(ir.Compare(span(left, comparators[-1]), left, ops, comparators), left, *comparators)

    def comp_op(self, c):
        return " ".join(str(t) for t in c)

    def star_expr(self, c):
        star, value = c
        return ir.Starred(span(star, value), value)

    def bitor(self, c):
        return self._nested(ir.BinOp(span(c[0], c[1]), c[0], "|", c[1]), c[0], c[1])

    def bitxor(self, c):
        return self._nested(ir.BinOp(span(c[0], c[1]), c[0], "^", c[1]), c[0], c[1])

    def bitand(self, c):
        return self._nested(ir.BinOp(span(c[0], c[1]), c[0], "&", c[1]), c[0], c[1])

    def binop(self, c):
        left, op, right = c
        return self._nested(ir.BinOp(span(left, right), left, str(op), right), left, right)

    def unary(self, c):
        op, operand = c
        return self._nested(ir.UnaryOp(span(op, operand), str(op), operand), operand)

    def power(self, c):
        return self._nested(ir.BinOp(span(c[0], c[1]), c[0], "**", c[1]), c[0], c[1])

    def await_expr(self, c):
        kw, value = c
        return ir.Await(span(kw, value), value)

    def attribute(self, c):
        value, name = c
        return self._nested(ir.Attribute(span(value, name), value, _ident(name)), value)

    def call(self, c):
        func, _lpar, arguments, rpar = c
        args, keywords = arguments if arguments is not None else ((), ())
        return self._nested(ir.Call(span(func, rpar), func, tuple(args), tuple(keywords)), func, *args,
                            *(k.value for k in keywords))

    def subscript(self, c):
        value, lsqb, index, rsqb = c
        if isinstance(index, ir.Slice) and index.span == ir.NO_SPAN:
            index = _replace(index, span=span(lsqb, rsqb))
        return self._nested(ir.Subscript(span(value, rsqb), value, index), value, index)

    def name(self, c):
        return ir.Name(span(c[0]), _ident(c[0]))

    def constant(self, c):
        tok = c[0]
        value = {"NONE": None, "TRUE": True, "FALSE": False, "ELLIPSIS": Ellipsis}[tok.type]
        return ir.Constant(span(tok), value)

    def number(self, c):
        tok = c[0]
        text = str(tok).replace("_", "")
        kind = tok.type
        if kind == "DEC_NUMBER":
            if len(text) > MAX_INT_DIGITS and not text.strip("0"):
                text = "0"  # CPython accepts any number of zeros
            if len(text) > MAX_INT_DIGITS:
                # CPython's limit on decimal int <-> str conversions, checked before converting: the host
                # may have lifted its own limit, and converting a huge literal costs quadratic time
                prefix = "f-string: " if self._field_depth else ""
                _abort(tok, f"{prefix}Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: "
                            f"value has {len(text)} digits; use sys.set_int_max_str_digits() to increase the "
                            f"limit - Consider hexadecimal for huge integer literals to avoid decimal "
                            f"conversion limits.")
            value = int(text)
        elif kind == "HEX_NUMBER":
            value = int(text, 16)
        elif kind == "OCT_NUMBER":
            value = int(text[2:], 8)
        elif kind == "BIN_NUMBER":
            value = int(text[2:], 2)
        elif kind == "FLOAT_NUMBER":
            value = float(text)
        else:
            self.unsupported(tok, "complex")
            value = complex(text)
        return ir.Constant(span(tok), value)

    def strings(self, c):
        return self._strings(c)

    def tuple_display(self, c):
        elts = tuple(x for x in c[1:-1] if x is not None)
        return ir.Tuple_(span(c[0], c[-1]), elts)

    def tuple_bare(self, c):
        return ir.Tuple_(span(c[0], c[-1]), tuple(c))

    def group(self, c):
        inner = c[1]
        # Record that the expression was parenthesised where it matters: a parenthesised tuple target
        # keeps its span including the brackets, which `_parenthesized` recognises.
        if isinstance(inner, ir.Tuple_):
            return _replace(inner, span=span(c[0], c[2]))
        return inner

    def genexp(self, c):
        elt, generators = c[1]
        return ir.GeneratorExp(span(c[0], c[-1]), elt, generators)

    def list_display(self, c):
        elts = tuple(x for x in c[1:-1] if x is not None)
        return ir.List(span(c[0], c[-1]), elts)

    def listcomp(self, c):
        elt, generators = c[1]
        return ir.ListComp(span(c[0], c[-1]), elt, generators)

    def dict_display(self, c):
        keys, values = [], []
        for item in c[1:-1]:
            keys.append(item[0])
            values.append(item[1])
        return ir.Dict(span(c[0], c[-1]), tuple(keys), tuple(values))

    def key_value(self, c):
        return (c[0], c[1])

    def dict_unpack(self, c):
        return (None, c[1])

    def dictcomp(self, c):
        key, value, generators = c[1]
        return ir.DictComp(span(c[0], c[-1]), key, value, generators)

    def set_display(self, c):
        return ir.Set(span(c[0], c[-1]), tuple(c[1:-1]))

    def setcomp(self, c):
        elt, generators = c[1]
        return ir.SetComp(span(c[0], c[-1]), elt, generators)

    def subscripts(self, c):
        return c[0]

    def subscript_tuple(self, c):
        return ir.Tuple_(span(c[0], c[-1]), tuple(c))

    def slice(self, c):
        lower, upper, step = c
        present = [x for x in c if x is not None]
        sp = span(present[0], present[-1]) if present else ir.NO_SPAN
        return ir.Slice(sp, lower, upper, step)

    def arguments(self, c):
        args, keywords = [], []
        seen_kw = seen_dstar = False
        names = set()
        for a in c:
            if isinstance(a, ir.Keyword):
                if a.arg is None:
                    seen_dstar = True
                else:
                    if a.arg in names:
                        self.error(a, f"keyword argument repeated: {a.arg}")
                    names.add(a.arg)
                    seen_kw = True
                keywords.append(a)
            elif isinstance(a, ir.Starred):
                if seen_dstar:
                    self.error(a, "iterable argument unpacking follows keyword argument unpacking")
                args.append(a)
            else:
                if isinstance(a, ir.GeneratorExp) and len(c) > 1 and a.span[1] == -1:
                    pass
                if seen_dstar:
                    self.error(a, "positional argument follows keyword argument unpacking")
                elif seen_kw:
                    self.error(a, "positional argument follows keyword argument")
                args.append(a)
        return args, keywords

    def genexp_argument(self, c):
        elt, generators = c[0]
        return [ir.GeneratorExp(span(elt, generators[-1]), elt, generators)], []

    def keyword_argument(self, c):
        target, value = c
        if not isinstance(target, ir.Name):
            if isinstance(target, ir.Constant) and (target.value is None or target.value is True
                                                    or target.value is False):
                self.error(target, f"cannot assign to {target.value}")
            else:
                self.error(target, 'expression cannot contain assignment, perhaps you meant "=="?')
            return ir.Keyword(span(target, value), "_", value)
        return ir.Keyword(span(target, value), target.id, value)

    def star_argument(self, c):
        star, value = c
        return ir.Starred(span(star, value), value)

    def double_star_argument(self, c):
        star, value = c
        return ir.Keyword(span(star, value), None, value)

    def comprehension(self, c):
        elt, *generators = c
        if isinstance(elt, ir.Starred):
            self.error(elt, "iterable unpacking cannot be used in comprehension")
        return elt, tuple(generators)

    def dict_comprehension(self, c):
        key, value, *generators = c
        return key, value, tuple(generators)

    def comp_for(self, c):
        is_async, kw, target, it, *ifs = c
        self.check_target(target, "comprehension")
        if is_async is not None:
            self.unsupported(span(is_async, it), "async comprehension")
        last = ifs[-1] if ifs else it
        return ir.Comprehension(span(is_async or kw, last), target, it, tuple(ifs), is_async is not None)

    def comp_if(self, c):
        return c[0]

    def yield_expr(self, c):
        kw, value = c
        return ir.Yield(span(kw, value or kw), value)

    def yield_from(self, c):
        kw, value = c
        return ir.YieldFrom(span(kw, value), value)

    # ---------------------------------------------------------------- targets

    def _parenthesized(self, node) -> bool:
        line, col = node.span[0], node.span[1]
        text = self.source
        # cheap check on the source: does the node's text start with '('?
        offset = _offset_of(text, line, col)
        return offset is not None and text.startswith("(", offset)

    def check_target(self, target, context):
        """CPython's compile-time checks on assignment, deletion and loop targets.

        A single `target = value` whose bad part is an operand-level expression (the whole target, or an
        element of an unparenthesised tuple target) gets CPython's "Maybe you meant '=='" wording."""
        bare_tuple = isinstance(target, ir.Tuple_) and not self._parenthesized(target)
        hint_nodes = set()
        if context == "assign":
            hint_nodes.add(id(target))
            if bare_tuple:
                hint_nodes.update(id(e) for e in target.elts)
        stack = [(target, False)]
        starred_seen = {}
        while stack:
            t, nested = stack.pop()
            if isinstance(t, ir.Name):
                if context != "delete" and t.id == "__debug__":
                    self.error(t, "cannot assign to __debug__")
                continue
            if isinstance(t, (ir.Attribute, ir.Subscript)):
                continue
            if isinstance(t, (ir.Tuple_, ir.List)):
                stars = [e for e in t.elts if isinstance(e, ir.Starred)]
                if context == "delete":
                    for e in stars:
                        self.error(e, "cannot delete starred")
                elif len(stars) > 1:
                    self.error(stars[1], "multiple starred expressions in assignment")
                for e in t.elts:
                    stack.append((e, True))
                continue
            if isinstance(t, ir.Starred):
                if context == "delete":
                    self.error(t, "cannot delete starred")
                elif not nested:
                    self.error(t, "starred assignment target must be in a list or tuple")
                stack.append((t.value, True))
                continue
            verb = "delete" if context == "delete" else "assign to"
            what = _describe(t)
            if isinstance(t, (ir.Yield, ir.YieldFrom)) and context != "delete":
                self.error(t, "assignment to yield expression not possible")
            elif id(t) in hint_nodes and _operand_level(t) and what not in ("None", "True", "False"):
                self.error(t, f"cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            else:
                self.error(t, f"cannot {verb} {what}")
        del starred_seen

    # ---------------------------------------------------------------- string literals

    def _strings(self, tokens):
        parts = []  # (is_fstring, token, text-or-JoinedStr)
        kinds = set()
        for tok in tokens:
            prefix, quote_len, body_start, body_end = split_prefix(tok)
            lower = prefix.lower()
            is_bytes = "b" in lower
            kinds.add(is_bytes)
            raw = "r" in lower
            body = str(tok)[body_start:body_end]
            if "f" in lower:
                parts.append(("f", tok, self._fstring(tok, body, body_start, raw)))
            else:
                try:
                    parts.append(("s", tok, decode_literal(body, raw, is_bytes)))
                except LiteralError as e:
                    self.error(tok, e.message)
                    parts.append(("s", tok, b"" if is_bytes else ""))
        sp = span(tokens[0], tokens[-1])
        if len(kinds) > 1:
            self.error(sp, "cannot mix bytes and nonbytes literals")
            return ir.Constant(sp, "")
        if not any(kind == "f" for kind, _, _ in parts):
            if len(parts) == 1:
                return ir.Constant(sp, parts[0][2])
            first = parts[0][2]
            joined = (b"" if isinstance(first, bytes) else "").join(p[2] for p in parts)
            return ir.Constant(sp, joined)
        values: list = []
        for kind, tok, value in parts:
            if kind == "f":
                values.extend(value)
            elif value:
                values.append(ir.Constant(span(tok), value))
        return ir.JoinedStr(sp, tuple(_merge_constants(values)))

    def _fstring(self, tok, body, body_start, raw):
        start = tok.start_pos + body_start
        try:
            return scan_fstring(self.source, start, start + len(body), raw, self._field, span(tok))
        except FStringError as e:
            # CPython 3.11 reports f-string scanning errors just past the end of the string literal
            end_line, end_col = tok.end_line, tok.end_column - 1
            self.error((end_line, end_col, end_line, end_col), e.message)
            return []

    def _field(self, start, end):
        self._field_depth += 1
        try:
            return self._parse_field(self.source, start, end)
        finally:
            self._field_depth -= 1


def _abort(where, message, code="E002"):
    """Stop the parse at once with a positioned syntax error (where CPython, too, stops at once)."""
    from .parse import _Abort  # parse imports this module lazily

    sp = where if isinstance(where, tuple) else span(where)
    raise _Abort(Diagnostic(code, message, sp[0], sp[1] + 1, sp[2], sp[3] + 1, None, "SyntaxError"))


def _offset_of(text, line, col):
    return positions.offset(text, line, col)


def _merge_constants(values):
    out = []
    for v in values:
        if isinstance(v, ir.Constant) and out and isinstance(out[-1], ir.Constant):
            prev = out[-1]
            out[-1] = ir.Constant((*prev.span[:2], *v.span[2:]), prev.value + v.value)
        else:
            out.append(v)
    return [v for v in out if not (isinstance(v, ir.Constant) and v.value == "")]


def _operand_level(e) -> bool:
    """An expression at CPython's `bitwise_or` level or tighter (not a comparison, `not`, `and`/`or`,
    conditional, lambda or generator expression)."""
    if isinstance(e, ir.UnaryOp):
        return e.op != "not"
    return not isinstance(e, (ir.Compare, ir.BoolOp, ir.IfExp, ir.Lambda, ir.GeneratorExp, ir.NamedExpr))


def _describe_aug(target):
    names = {ir.Tuple_: "tuple", ir.List: "list", ir.Starred: "starred", ir.Constant: "literal",
             ir.Call: "function call", ir.Compare: "comparison", ir.BinOp: "expression",
             ir.Dict: "dict literal", ir.Set: "set display"}
    return names.get(type(target), "expression")


def _docstring(body) -> Optional[str]:
    if body and isinstance(body[0], ir.ExprStmt) and isinstance(body[0].value, ir.Constant) \
            and isinstance(body[0].value.value, str):
        return body[0].value.value
    return None


def _empty_args(sp):
    return ir.Arguments(sp, (), (), None, (), (), None, ())


def _replace(node, **changes):
    return node.replace(**changes)
