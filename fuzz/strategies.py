"""Hypothesis strategies for programs of the subset monty_peg runs.

Programs are built as trees of Python's own `ast` nodes and rendered with `ast.unparse`, so every program is
valid Python that CPython can run. The generator is type-directed: it keeps an environment of the names in
scope with their types, and builds mostly well-typed expressions (so programs run for a while before any
error), while the natural hazards of the language (index and key errors, zero division, bad conversions,
wrong call signatures, failed format specs...) still happen and are compared.

Guarantees, by construction:

- valid: only statements and expressions of Python 3.11 that monty_peg supports (no classes, `with`,
  `match`, async, imports other than `import sys`); names are read only where they are certainly bound.
- deterministic under any PYTHONHASHSEED: sets hold ints only, no `hash()` of str/bytes, no `id()`, no
  reprs of functions, generators, iterators or other objects with addresses, no `nan` in sets or as keys.
- terminating: `for` loops run over bounded iterables (a list variable is iterated through a copy, so a
  body that appends cannot run forever), `while` loops count with a counter the body cannot write,
  recursion has an explicit depth parameter given a small literal, a function calls only functions defined
  before it, functions never grow lists they did not create, and loops nest at most two deep with at most
  four iterations each. Runaway growth is still possible in principle (a string doubled in a loop that
  calls a doubling function...), so the harness runs both sides under limits and discards, as
  inconclusive, a program that hits one.

Entry point: `programs()`, a strategy for `Program` (source text, the set of features it uses, its size).
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set

from hypothesis.strategies._internal.strategies import SearchStrategy

# ---------------------------------------------------------------------------------------------- types

INT, BOOL, FLOAT, STR, BYTES, NONE = "int", "bool", "float", "str", "bytes", "none"
LIST, LSTR, TUPLE, DICT, SET = "list", "lstr", "tuple", "dict", "set"  # list[int], list[str], tuple[int],
#                                                                       dict[str, int], set[int]
FN, GEN = "fn", "gen"  # a callable (with a Sig), a generator object yielding ints

DATA_TYPES = (INT, STR, LIST, BOOL, FLOAT, DICT, LSTR, TUPLE, SET, BYTES, NONE)
VALUE_TYPES = (INT, STR, LIST, BOOL, FLOAT, DICT, LSTR, TUPLE, SET, BYTES)  # what a new variable holds
ELEMENT = {LIST: INT, LSTR: STR, TUPLE: INT, SET: INT, STR: STR, BYTES: INT, DICT: STR}

EXCEPTIONS = ("ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "RuntimeError",
              "ArithmeticError", "LookupError", "Exception", "AssertionError", "NotImplementedError",
              "OverflowError", "AttributeError", "NameError", "UnboundLocalError", "StopIteration",
              "UnicodeDecodeError", "RecursionError")
# NameError/UnboundLocalError are never raised on purpose: in CPython they would reveal a scoping bug here
RAISABLE = ("ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "RuntimeError",
            "ArithmeticError", "LookupError", "Exception", "AssertionError", "NotImplementedError",
            "OverflowError", "AttributeError")

STR_POOL = ("", "a", "abc", "Hello", "hello world", " x ", "a,b,,c", "123", "-42", "3.5", "\u00e9t\u00e9",
            "\u65e5\u672c", "a\tb", "line1\nline2", "'q'", '"dq"', "back\\slash", "ABC def", "_x1", "  ",
            "xYz", "1_000", "0x1f", "ab" * 3, "Mixed Case Words", "%", "{}", "a-b-c", "\u00df", "0", "  pad  ",
            "tab\there", "\x00", "\u2603", "1e3", "inf", "nan", "True", "zz")
SAFE_STR_POOL = tuple(s for s in STR_POOL if s.isalnum() or s in ("", " x ", "a,b,,c", "hello world", "ABC def"))
TEXT_ALPHABET = tuple("ab ,.-_1\u00e9\n")  # short random strings are drawn from these characters
KEY_POOL = ("a", "b", "c", "key", "x", "y", "zz", "")
BYTES_POOL = (b"", b"abc", b"\x00\xff", b"Hello", b"a,b", b"123", b"  sp  ", b"\xc3\xa9", b"\xff\xfe", b"xYz")
SAFE_BYTES_POOL = (b"", b"abc", b"Hello", b"a,b", b"123", b"xYz")
FLOAT_POOL = (0.0, 0.5, 1.5, 2.0, 2.5, 3.14159, 0.1, 1e-07, 1e16, 1e300, 123.456, 7.0, 0.3333333333333333,
              1e22, 5e-324, 100.0)
INT_SPECIAL = (0, 1, 2, 3, 7, 10, 255, 256, 1000, 2 ** 31 - 1, 2 ** 63, 10 ** 20, 2 ** 100 + 1, 12345678901234567890)

FORMAT_TYPES = {
    INT: ("", "d", "x", "X", "o", "b", "c", "e", "f", "g", "%", "n", "E", "G"),
    FLOAT: ("", "f", "e", "g", "%", "E", "F", "G", "n"),
    STR: ("", "s"),
}


# ---------------------------------------------------------------------------------------------- nodes

def N(name: str) -> ast.Name:
    return ast.Name(name, ast.Load())


def S(name: str) -> ast.Name:
    return ast.Name(name, ast.Store())


def C(value) -> ast.expr:
    """A constant; negative numbers become unary minus so that `ast.unparse` keeps the meaning."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and (value < 0 or str(value)[0] == "-"):
        return ast.UnaryOp(ast.USub(), ast.Constant(-value))
    return ast.Constant(value)


def call(func, *args, kw: Optional[dict] = None) -> ast.Call:
    if isinstance(func, str):
        func = N(func)
    keywords = [ast.keyword(k, v) for k, v in (kw or {}).items()]
    return ast.Call(func, list(args), keywords)


def meth(obj: ast.expr, name: str, *args, kw: Optional[dict] = None) -> ast.Call:
    return call(ast.Attribute(obj, name, ast.Load()), *args, kw=kw)


def binop(a, op, b) -> ast.BinOp:
    return ast.BinOp(a, op, b)


def expr_stmt(e) -> ast.Expr:
    return ast.Expr(e)


def print_stmt(*args, kw: Optional[dict] = None) -> ast.Expr:
    return ast.Expr(call("print", *args, kw=kw))


BINOPS = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod,
          "**": ast.Pow, "<<": ast.LShift, ">>": ast.RShift, "&": ast.BitAnd, "|": ast.BitOr, "^": ast.BitXor}
CMPOPS = {"<": ast.Lt, "<=": ast.LtE, ">": ast.Gt, ">=": ast.GtE, "==": ast.Eq, "!=": ast.NotEq}


# ---------------------------------------------------------------------------------------------- scopes

@dataclass
class Param:
    name: str
    kind: str  # "posonly", "normal", "varargs", "kwonly", "varkw"
    type: str
    default: Optional[ast.expr] = None


@dataclass
class Sig:
    params: List[Param]
    ret: str
    depth_param: bool = False  # the first parameter bounds recursion: pass it a small literal
    generator: bool = False  # calling returns a generator object yielding ints


@dataclass(eq=False)
class Var:
    name: str
    type: str
    owner: int  # the id of the function scope that binds it (0: module)
    sig: Optional[Sig] = None
    captured: bool = False  # read from a nested function: never deleted


@dataclass
class Env:
    vars: Dict[str, Var]
    writable: Set[str]
    fn_id: int = 0
    sig: Optional[Sig] = None  # the function being generated
    loop_depth: int = 0  # loops in the current function (break/continue allowed when > 0)
    loops_total: int = 0  # loops around this point, counting enclosing functions' loops
    in_except: bool = False
    in_finally_try: bool = False  # inside a try that has a finally (no yields there)
    block_names: Set[str] = field(default_factory=set)
    fn_nesting: int = 0
    in_comprehension: bool = False
    in_fstring: bool = False

    def block(self) -> "Env":
        e = Env(dict(self.vars), set(self.writable), self.fn_id, self.sig, self.loop_depth, self.loops_total,
                self.in_except, self.in_finally_try, set(), self.fn_nesting, self.in_comprehension,
                self.in_fstring)
        return e

    def define(self, name: str, type_: str, owner: Optional[int] = None, sig: Optional[Sig] = None,
               deletable: bool = True) -> Var:
        var = Var(name, type_, self.fn_id if owner is None else owner, sig)
        self.vars[name] = var
        self.writable.add(name)
        if deletable:
            self.block_names.add(name)
        else:
            self.block_names.discard(name)
        return var

    def of_type(self, type_: str) -> List[Var]:
        return [v for v in self.vars.values() if v.type == type_]

    def writable_of(self, type_: str) -> List[Var]:
        return [v for v in self.vars.values() if v.type == type_ and v.name in self.writable]


@dataclass
class Program:
    source: str
    features: frozenset
    statements: int

    def __repr__(self):  # hypothesis prints the falsifying example with this
        return f"Program(statements={self.statements}):\n{self.source}"


if hasattr(ast, "_Unparser"):
    class _Unparser(ast._Unparser):
        """`ast.unparse` without type comments, so nodes need no line numbers."""

        def get_type_comment(self, node):
            return None

    def unparse(node) -> str:
        return _Unparser().visit(node)
else:  # pragma: no cover - other Pythons
    def unparse(node) -> str:
        return ast.unparse(ast.fix_missing_locations(node))


def _rename(text: str, names: dict) -> str:
    """`text` with the whole words that are keys of `names` replaced by their values."""
    import re

    return re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: names[m.group(1)], text)


CM_SOURCE = """\
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return 'cm ' + self.tag
    def __enter__(self):
        print('enter', self.tag)
        return self.tag if self.tag in 'ab' else self
    def __exit__(self, et, ev, tb):
        print('exit', self.tag, type(ev).__name__)
        return self.tag in 'bd' or self.tag == 'c' and isinstance(ev, KeyError)
"""

STATEMENT_SPAN = 0x6D6F6E7479  # a label for hypothesis's shrinker: one statement


class Stop(Exception):
    """Internal: no production applies here."""


# ---------------------------------------------------------------------------------------------- generator

class Gen:
    MAX_STATEMENTS = int(os.environ.get("FUZZ_MAX_STATEMENTS", "30"))  # target() pushes programs up to this

    def __init__(self, data, host_functions=(), max_statements: Optional[int] = None):
        # `data` is hypothesis's ConjectureData: drawing choices from it directly (rather than through
        # strategies) keeps generation fast; spans around statements keep shrinking structured.
        self.data = data
        if max_statements is not None:
            self.MAX_STATEMENTS = max_statements
        self.counter = 0
        self.fn_counter = 0
        self.features: Set[str] = set()
        self.statements = 0
        self.host_functions = tuple(host_functions)
        self.uses_sys = False
        self.uses_cm = False  # the program uses the context manager class CM (see s_with)

    # ------------------------------------------------------------------ choices
    def draw(self, strategy):
        return self.data.draw(strategy)

    def pick(self, options):
        if len(options) == 1:
            return options[0]
        return options[self.data.draw_integer(0, len(options) - 1)]

    def int(self, lo: int, hi: int) -> int:
        return self.data.draw_integer(lo, hi, shrink_towards=max(lo, min(0, hi)))

    def chance(self, percent: int) -> bool:
        """True with `percent` % probability; shrinks to False."""
        return self.data.draw_boolean(percent / 100)

    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def feature(self, name: str):
        self.features.add(name)

    def use(self, env: Env, var: Var) -> ast.Name:
        if var.owner != env.fn_id:
            var.captured = True
        return N(var.name)

    # ------------------------------------------------------------------ literals
    def lit(self, t: str, env: Env) -> ast.expr:
        if t == INT:
            kind = self.pick(("small", "small", "medium", "special", "neg"))
            if kind == "small":
                return C(self.int(0, 10))
            if kind == "medium":
                return C(self.int(-1000, 1000))
            if kind == "neg":
                return C(-self.int(1, 20))
            self.feature("bigint")
            return C(self.pick(INT_SPECIAL) * self.pick((1, 1, -1)))
        if t == BOOL:
            return C(self.pick((True, False)))
        if t == FLOAT:
            kind = self.pick(("pool", "pool", "neg", "special"))
            if kind == "pool":
                return C(self.pick(FLOAT_POOL))
            if kind == "neg":
                return C(-self.pick(FLOAT_POOL[1:]))
            self.feature("float_special")
            return call("float", C(self.pick(("inf", "-inf", "nan", "1e500", "-0.0"))))
        if t == STR:
            pool = SAFE_STR_POOL if env.in_fstring else STR_POOL
            if not env.in_fstring and self.chance(15):
                return C("".join(self.pick(TEXT_ALPHABET) for _ in range(self.int(0, 5))))
            return C(self.pick(pool))
        if t == BYTES:
            return C(self.pick(SAFE_BYTES_POOL if env.in_fstring else BYTES_POOL))
        if t == NONE:
            return C(None)
        if t in (LIST, TUPLE, SET):
            n = self.int(0, 4)
            items = [self.lit(INT, env) if self.chance(70) else C(self.int(0, 9)) for _ in range(n)]
            if t == LIST:
                return ast.List(items, ast.Load())
            if t == TUPLE:
                return ast.Tuple(items, ast.Load())
            return ast.Set(items) if items else call("set")
        if t == LSTR:
            return ast.List([self.lit(STR, env) for _ in range(self.int(0, 3))], ast.Load())
        if t == DICT:
            n = self.int(0, 3)
            return ast.Dict([C(self.pick(KEY_POOL)) for _ in range(n)], [self.lit(INT, env) for _ in range(n)])
        raise AssertionError(t)

    def leaf(self, t: str, env: Env) -> ast.expr:
        vs = env.of_type(t)
        if vs and self.chance(70):
            return self.use(env, self.pick(vs))
        return self.lit(t, env)

    def small_int(self, env: Env) -> ast.expr:
        """An int expression that stays small: for exponents, repetitions and shifts."""
        return C(self.int(0, 4))

    # ------------------------------------------------------------------ expressions
    def expr(self, t: str, env: Env, d: int) -> ast.expr:
        if d <= 0:
            return self.leaf(t, env)
        method = getattr(self, "e_" + t)
        return method(env, d - 1)

    def any_expr(self, env: Env, d: int):
        t = self.pick(DATA_TYPES)
        return t, self.expr(t, env, d)

    def user_call(self, t: str, env: Env, d: int) -> ast.expr:
        fns = [v for v in env.vars.values() if v.type == FN and v.sig.ret == t and not v.sig.generator]
        if not fns:
            raise Stop
        var = self.pick(fns)
        return self.call_sig(var, env, d)

    def call_sig(self, var: Var, env: Env, d: int) -> ast.expr:
        sig = var.sig
        self.feature("call")
        args, kws = [], []
        positional = True
        wrong = self.chance(4)  # a call with a bad signature: TypeError messages are compared too
        for i, p in enumerate(sig.params):
            if i == 0 and sig.depth_param:
                args.append(C(self.int(0, 5)))
                continue
            value = lambda: self.expr(p.type, env, d)  # noqa: E731
            if p.kind == "posonly":
                if p.default is not None and self.chance(40):
                    positional = False
                    continue
                if not positional or (wrong and self.chance(30)):
                    kws.append(ast.keyword(p.name, value()))
                else:
                    args.append(value())
            elif p.kind == "normal":
                if p.default is not None and self.chance(35):
                    positional = False
                    continue
                if positional and self.chance(65):
                    args.append(value())
                else:
                    positional = False
                    kws.append(ast.keyword(p.name, value()))
            elif p.kind == "varargs":
                if positional:
                    for _ in range(self.int(0, 2)):
                        args.append(value())
                    if self.chance(20):
                        self.feature("star_call")
                        args.append(ast.Starred(self.expr(LIST if p.type == INT else LSTR, env, d), ast.Load()))
            elif p.kind == "kwonly":
                if p.default is not None and self.chance(40):
                    continue
                kws.append(ast.keyword(p.name, value()))
            elif p.kind == "varkw":
                for _ in range(self.int(0, 2)):
                    kws.append(ast.keyword(self.fresh("k"), value()))
                if self.chance(15):
                    self.feature("dstar_call")
                    kws.append(ast.keyword(None, self.expr(DICT, env, 0)))
        if wrong:
            self.feature("bad_call")
            how = self.pick(("drop", "extra", "kw", "dup"))
            if how == "drop" and args:
                args.pop()
            elif how == "drop" and kws:
                kws.pop()
            elif how == "extra":
                args.append(self.lit(INT, env))
            elif how == "kw":
                kws.append(ast.keyword(self.pick(("zz", "q")), self.lit(INT, env)))
            elif (how == "dup" and sig.params and sig.params[0].kind in ("normal", "posonly") and args
                  and all(k.arg != sig.params[0].name for k in kws)):  # (a repeated keyword: a SyntaxError)
                kws.append(ast.keyword(sig.params[0].name, self.lit(sig.params[0].type, env)))
        # keyword arguments after a starred argument are fine; a keyword before positional is not
        return ast.Call(self.use(env, var), args, kws)

    def guarded(self, t: str, env: Env, d: int, productions) -> ast.expr:
        """Try productions in the drawn order until one applies."""
        choice = self.pick(productions)
        try:
            return choice(env, d)
        except Stop:
            return self.leaf(t, env)

    def ifexp(self, t, env, d):
        self.feature("ifexp")
        return ast.IfExp(self.expr(BOOL, env, d), self.expr(t, env, d), self.expr(t, env, d))

    # ints
    def e_int(self, env: Env, d: int) -> ast.expr:
        return self.guarded(INT, env, d, (
            lambda e, d: self.leaf(INT, e),
            self.int_binop, self.int_binop, self.int_binop,
            self.int_unary, self.int_len, self.int_builtin, self.int_method, self.int_index,
            self.int_convert, self.int_aggregate, self.int_comprehension,
            lambda e, d: self.ifexp(INT, e, d),
            lambda e, d: self.user_call(INT, e, d),
            lambda e, d: self.user_call(INT, e, d),
            self.int_host, self.int_next, self.int_walrus,
        ))

    def int_binop(self, env, d):
        op = self.pick(("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "+", "-", "*"))
        self.feature("int_op")
        a = self.expr(INT, env, d)
        if op == "**":
            if env.loops_total:
                a = self.lit(INT, env)
            b = self.small_int(env) if self.chance(80) else C(self.int(-2, 70))
        elif op == "<<":
            b = C(self.int(0, 70))
        elif op == "*" and env.loops_total:
            b = C(self.int(-3, 3))
        else:
            b = self.expr(INT, env, d)
        if self.chance(10):
            a = self.expr(BOOL, env, 0)  # bool arithmetic
        return binop(a, BINOPS[op](), b)

    def int_unary(self, env, d):
        op = self.pick((ast.USub, ast.UAdd, ast.Invert))
        return ast.UnaryOp(op(), self.expr(INT, env, d))

    def int_len(self, env, d):
        t = self.pick((STR, LIST, DICT, LSTR, TUPLE, SET, BYTES))
        return call("len", self.expr(t, env, d))

    def int_builtin(self, env, d):
        name = self.pick(("abs", "min", "max", "divmod", "pow", "round", "hash", "sum_start", "max_default"))
        self.feature("builtin_" + name)
        if name == "abs":
            return call("abs", self.expr(INT, env, d))
        if name in ("min", "max"):
            return call(name, *[self.expr(INT, env, d) for _ in range(self.int(1, 3))])
        if name == "divmod":
            return ast.Subscript(call("divmod", self.expr(INT, env, d), self.expr(INT, env, d)),
                                 C(self.int(0, 1)), ast.Load())
        if name == "pow":
            return call("pow", self.expr(INT, env, d), self.small_int(env) if self.chance(50) else C(self.int(-1, 30)),
                        self.expr(INT, env, d))
        if name == "round":
            args = [self.expr(FLOAT if self.chance(70) else INT, env, d)]
            if self.chance(30):
                args.append(C(self.int(-2, 0)))  # round(int/float, negative) on ints stays int
                args[0] = self.expr(INT, env, d)
            return call("round", *args)
        if name == "hash":
            return call("hash", self.expr(self.pick((INT, TUPLE, BOOL)), env, d))
        if name == "sum_start":
            return call("sum", self.expr(self.pick((LIST, TUPLE, SET)), env, d), self.expr(INT, env, 0))
        return call("max", self.expr(LIST, env, d), kw={"default": self.lit(INT, env)})

    def int_method(self, env, d):
        kind = self.pick(("bit_length", "bit_count", "count", "find", "index", "lcount", "lindex", "from_bytes"))
        self.feature("method_" + kind)
        if kind in ("bit_length", "bit_count"):
            return meth(self.expr(INT, env, d), kind)
        if kind in ("count", "find", "index"):
            name = self.pick((kind, "r" + kind)) if kind != "count" else kind
            args = [self.expr(STR, env, d)]
            if self.chance(25):
                args.append(self.expr(INT, env, 0))
            return meth(self.expr(STR, env, d), name, *args)
        if kind in ("lcount", "lindex"):
            t = self.pick((LIST, TUPLE))
            return meth(self.expr(t, env, d), kind[1:], self.expr(INT, env, d))
        return call(ast.Attribute(N("int"), "from_bytes", ast.Load()), self.expr(BYTES, env, d),
                    C(self.pick(("big", "little"))), kw={"signed": C(self.pick((True, False)))} if self.chance(30) else None)

    def int_index(self, env, d):
        kind = self.pick((LIST, TUPLE, DICT, "get", BYTES))
        self.feature("subscript")
        if kind == DICT:
            return ast.Subscript(self.expr(DICT, env, d), self.key(env, d), ast.Load())
        if kind == "get":
            args = [self.key(env, d)] + ([self.expr(INT, env, 0)] if self.chance(60) else [])
            if len(args) == 1:
                return ast.BoolOp(ast.Or(), [meth(self.expr(DICT, env, d), "get", *args), C(0)])
            return meth(self.expr(DICT, env, d), "get", *args)
        return ast.Subscript(self.expr(kind, env, d), self.index(env, d), ast.Load())

    def key(self, env, d):
        return self.expr(STR, env, d) if self.chance(40) else C(self.pick(KEY_POOL))

    def index(self, env, d):
        return self.expr(INT, env, d) if self.chance(30) else C(self.int(-4, 4))

    def int_convert(self, env, d):
        kind = self.pick(("str", "float", "bool", "base", "ord"))
        self.feature("int_convert")
        if kind == "str":
            return call("int", self.expr(STR, env, d))
        if kind == "float":
            return call("int", self.expr(FLOAT, env, d))
        if kind == "bool":
            return call("int", self.expr(BOOL, env, d))
        if kind == "base":
            return call("int", self.expr(STR, env, d), C(self.pick((0, 2, 8, 16, 36, 1))))
        return call("ord", self.expr(STR, env, d))

    def int_aggregate(self, env, d):
        t = self.pick((LIST, TUPLE, SET))
        name = self.pick(("sum", "min", "max", "len"))
        return call(name, self.expr(t, env, d))

    def int_comprehension(self, env, d):
        self.feature("genexp")
        name = self.pick(("sum", "len", "max", "min"))
        if name == "len":
            return call("len", self.comprehension(LIST, env, d))
        gen = self.comprehension("genexp", env, d)
        if name in ("max", "min"):
            return call(name, gen, kw={"default": C(self.int(-1, 1))})
        return call(name, gen)

    def int_host(self, env, d):
        if not self.host_functions:
            raise Stop
        self.feature("host_call")
        name = self.pick(self.host_functions)
        args = [self.expr(self.pick((INT, STR, LIST)), env, d) for _ in range(self.int(0, 2))]
        kw = {"tag": self.expr(STR, env, 0)} if self.chance(25) else None
        return call(name, *args, kw=kw)

    def int_next(self, env, d):
        gens = env.of_type(GEN)
        if not gens:
            raise Stop
        self.feature("next")
        args = [self.use(env, self.pick(gens))]
        if self.chance(60):
            args.append(C(-1))
        return call("next", *args)

    def int_walrus(self, env, d):
        if env.in_comprehension or env.in_fstring:
            raise Stop
        self.feature("walrus")
        return ast.NamedExpr(S(self.fresh("w")), self.expr(INT, env, d))

    # bools
    def e_bool(self, env, d):
        return self.guarded(BOOL, env, d, (
            lambda e, d: self.leaf(BOOL, e),
            self.bool_compare, self.bool_compare, self.bool_in, self.bool_logic, self.bool_not,
            self.bool_pred, self.bool_builtin, lambda e, d: self.user_call(BOOL, e, d),
        ))

    def bool_compare(self, env, d):
        self.feature("compare")
        t = self.pick((INT, INT, STR, FLOAT, LIST, TUPLE, BYTES, SET, BOOL))
        n = self.int(1, 3) if t in (INT, FLOAT) else 1
        ops = [CMPOPS[self.pick(tuple(CMPOPS))]() for _ in range(n)]
        if t == SET and self.chance(50):
            ops = [CMPOPS[self.pick(("<=", ">=", "==", "<"))]()]
        if n > 1:
            self.feature("chained_compare")
        return ast.Compare(self.expr(t, env, d), ops, [self.expr(t, env, d) for _ in ops])

    def bool_in(self, env, d):
        self.feature("in")
        kind = self.pick((LIST, STR, DICT, SET, TUPLE, LSTR, BYTES))
        elem = {LIST: INT, STR: STR, DICT: STR, SET: INT, TUPLE: INT, LSTR: STR, BYTES: BYTES}[kind]
        op = self.pick((ast.In, ast.NotIn))
        left = self.key(env, d) if kind == DICT else self.expr(elem, env, d)
        return ast.Compare(left, [op()], [self.expr(kind, env, d)])

    def bool_logic(self, env, d):
        self.feature("boolop")
        op = self.pick((ast.And, ast.Or))
        return ast.BoolOp(op(), [self.expr(BOOL, env, d) for _ in range(self.int(2, 3))])

    def bool_not(self, env, d):
        t, e = self.any_expr(env, d)
        return ast.UnaryOp(ast.Not(), e)

    def bool_pred(self, env, d):
        name = self.pick(("isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
                          "isidentifier", "isdecimal", "isnumeric", "isascii", "isprintable", "startswith",
                          "endswith", "issubset", "isdisjoint", "is_integer"))
        self.feature("method_" + name)
        if name in ("startswith", "endswith"):
            arg = self.expr(STR, env, d)
            if self.chance(20):
                arg = ast.Tuple([arg, self.expr(STR, env, 0)], ast.Load())
            return meth(self.expr(STR, env, d), name, arg)
        if name in ("issubset", "isdisjoint"):
            return meth(self.expr(SET, env, d), name, self.expr(self.pick((SET, LIST)), env, d))
        if name == "is_integer":
            return meth(self.expr(FLOAT, env, d), name)
        return meth(self.expr(STR, env, d), name)

    def bool_builtin(self, env, d):
        name = self.pick(("isinstance", "callable", "all", "any", "bool", "hasattr", "is_none"))
        self.feature("builtin_" + name)
        if name == "isinstance":
            t, e = self.any_expr(env, d)
            types = self.pick(("int", "str", "list", "dict", "float", "bool", "tuple", "bytes", "set",
                               ("int", "float"), ("str", "bytes"), ("list", "tuple")))
            cls = N(types) if isinstance(types, str) else ast.Tuple([N(x) for x in types], ast.Load())
            return call("isinstance", e, cls)
        if name == "callable":
            fns = env.of_type(FN)
            if fns and self.chance(50):
                return call("callable", self.use(env, self.pick(fns)))
            return call("callable", self.any_expr(env, d)[1])
        if name in ("all", "any"):
            arg = self.expr(self.pick((LIST, LSTR, STR)), env, d) if self.chance(50) else \
                self.comprehension("genexp_bool", env, d)
            return call(name, arg)
        if name == "bool":
            return call("bool", self.any_expr(env, d)[1])
        if name == "hasattr":
            return call("hasattr", self.any_expr(env, d)[1],
                        C(self.pick(("append", "upper", "keys", "real", "bit_length", "zz", "add"))))
        # `is` with a literal operand makes CPython warn at compile time: compare a lookup or a name
        vs = [v for v in env.vars.values() if v.type in DATA_TYPES]
        left = self.use(env, self.pick(vs)) if vs and self.chance(50) else \
            meth(self.expr(DICT, env, d), "get", self.key(env, 0))
        return ast.Compare(left, [self.pick((ast.Is, ast.IsNot))()], [C(None)])

    # floats
    def e_float(self, env, d):
        return self.guarded(FLOAT, env, d, (
            lambda e, d: self.leaf(FLOAT, e),
            self.float_binop, self.float_binop, self.float_div, self.float_builtin,
            lambda e, d: self.ifexp(FLOAT, e, d), lambda e, d: self.user_call(FLOAT, e, d),
        ))

    def float_binop(self, env, d):
        self.feature("float_op")
        op = self.pick(("+", "-", "*", "/", "//", "%", "**"))
        a = self.expr(FLOAT, env, d)
        b = self.expr(self.pick((FLOAT, INT)), env, d)
        if op == "**":
            b = self.small_int(env) if self.chance(70) else C(self.pick((0.5, -1, 2.5, 400)))
            if env.loops_total:
                a = self.lit(FLOAT, env)
        if self.chance(50):
            a, b = b, a
        if op == "**" and not isinstance(a, ast.Constant):
            a = self.lit(FLOAT, env)
        if op == "**" and not (isinstance(b, ast.Constant) and type(b.value) is int):
            a = call("abs", a)  # a negative base to a fractional power is complex: refused (intended)
        return binop(a, BINOPS[op](), b)

    def float_div(self, env, d):
        self.feature("true_div")
        return binop(self.expr(INT, env, d), ast.Div(), self.expr(INT, env, d))

    def float_builtin(self, env, d):
        name = self.pick(("float", "float_str", "abs", "round", "fromhex", "min", "sum"))
        self.feature("builtin_float_" + name)
        if name == "float":
            return call("float", self.expr(INT, env, d))
        if name == "float_str":
            return call("float", self.expr(STR, env, d))
        if name == "abs":
            return call("abs", self.expr(FLOAT, env, d))
        if name == "round":
            return call("round", self.expr(FLOAT, env, d), C(self.int(0, 4)))
        if name == "fromhex":
            return call(ast.Attribute(N("float"), "fromhex", ast.Load()),
                        C(self.pick(("0x1.8p1", "0x10", "-0x1p-2", "zz", "inf"))))
        if name == "min":
            return call(self.pick(("min", "max")), self.expr(FLOAT, env, d), self.expr(INT, env, d))
        return call("sum", ast.List([self.expr(FLOAT, env, d), self.expr(FLOAT, env, d)], ast.Load()), C(0.0))

    # strings
    def e_str(self, env, d):
        if env.in_fstring:
            return self.guarded(STR, env, d, (lambda e, d: self.leaf(STR, e), self.str_method, self.str_slice))
        return self.guarded(STR, env, d, (
            lambda e, d: self.leaf(STR, e),
            self.str_concat, self.str_method, self.str_method, self.str_slice, self.str_convert,
            self.fstring, self.fstring, self.str_format, self.str_join, lambda e, d: self.ifexp(STR, e, d),
            lambda e, d: self.user_call(STR, e, d), self.str_percent,
        ))

    def str_concat(self, env, d):
        self.feature("str_op")
        if self.chance(30):
            n = self.small_int(env) if self.chance(70) or env.loops_total else self.expr(INT, env, 0)
            return binop(self.expr(STR, env, d), ast.Mult(), n)
        return binop(self.expr(STR, env, d), ast.Add(), self.expr(STR, env, d))

    def str_method(self, env, d):
        name = self.pick(("upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase",
                          "casefold", "replace", "center", "ljust", "rjust", "zfill", "removeprefix",
                          "removesuffix", "expandtabs", "partition", "decode", "chr", "hex"))
        self.feature("method_" + name)
        if name == "chr":
            return call("chr", self.expr(INT, env, d) if self.chance(30) else C(self.int(0, 0x2FFF)))
        if name == "hex":
            return call(self.pick(("hex", "bin", "oct")), self.expr(INT, env, d))
        if name == "decode":
            args = [C(self.pick(("utf-8", "ascii", "latin-1")))] if self.chance(50) else []
            if args and self.chance(40):
                args.append(C(self.pick(("strict", "replace", "ignore"))))
            return meth(self.expr(BYTES, env, d), "decode", *args)
        obj = self.expr(STR, env, d)
        if name in ("strip", "lstrip", "rstrip"):
            return meth(obj, name, *([self.expr(STR, env, 0)] if self.chance(30) else []))
        if name == "replace":
            args = [self.expr(STR, env, d), self.expr(STR, env, 0)]
            if self.chance(25):
                args.append(C(self.int(-1, 3)))
            return meth(obj, name, *args)
        if name in ("center", "ljust", "rjust"):
            args = [C(self.int(0, 12))]
            if self.chance(40):
                args.append(C(self.pick(("*", "-", " ", "ab"))))
            return meth(obj, name, *args)
        if name == "zfill":
            return meth(obj, name, C(self.int(0, 10)))
        if name in ("removeprefix", "removesuffix"):
            return meth(obj, name, self.expr(STR, env, 0))
        if name == "expandtabs":
            return meth(obj, name, *([C(self.int(0, 8))] if self.chance(50) else []))
        if name == "partition":
            return ast.Subscript(meth(obj, self.pick(("partition", "rpartition")), self.expr(STR, env, 0)),
                                 C(self.int(0, 2)), ast.Load())
        return meth(obj, name)

    def str_slice(self, env, d):
        self.feature("slice")
        obj = self.expr(STR, env, d)
        if self.chance(30):
            return ast.Subscript(obj, self.index(env, d), ast.Load())
        return ast.Subscript(obj, self.slice(env), ast.Load())

    def slice(self, env):
        parts = [C(self.int(-5, 5)) if self.chance(60) else None for _ in range(3)]
        if parts[2] is not None and self.chance(70):
            parts[2] = C(self.pick((1, -1, 2, -2)))
        return ast.Slice(*parts)

    def str_convert(self, env, d):
        name = self.pick(("str", "repr", "ascii", "format"))
        self.feature("builtin_" + name)
        t, e = self.any_expr(env, d)
        if name == "format":
            spec = self.format_spec(t if t in FORMAT_TYPES else STR)
            if t not in FORMAT_TYPES and spec:
                spec = ""
            return call("format", e, C(spec)) if spec or self.chance(50) else call("format", e)
        return call(name, e)

    def format_spec(self, t: str) -> str:
        """A format spec for a value of type t: mostly valid, sometimes not (ValueError is compared)."""
        if self.chance(25):
            return ""
        parts = []
        if self.chance(30):
            fill = self.pick(("", "*", "0", " ", "\u00e9"))
            parts.append(fill + self.pick(("<", ">", "^", "=")))
        if t in (INT, FLOAT) and self.chance(30):
            parts.append(self.pick(("+", "-", " ")))
        if t == FLOAT and self.chance(5):
            parts.append("z")
        if t != STR and self.chance(15):
            parts.append("#")
        if self.chance(15):
            parts.append("0")
        if self.chance(50):
            parts.append(str(self.int(1, 14)))
        if t != STR and self.chance(20):
            parts.append(self.pick((",", "_")))
        if (t != INT or self.chance(10)) and self.chance(40):
            parts.append("." + str(self.int(0, 8)))
        types = FORMAT_TYPES.get(t, ("",))
        parts.append(self.pick(types))
        self.feature("format_spec")
        return "".join(parts)

    def fstring(self, env, d):
        self.feature("fstring")
        values = []
        inner = env.block()
        inner.in_fstring = True
        for _ in range(self.int(1, 3)):
            if self.chance(40):
                values.append(ast.Constant(self.pick(SAFE_STR_POOL) or "-"))
            t = self.pick((INT, STR, FLOAT, LIST, BOOL, INT, FLOAT, DICT, NONE))
            e = self.expr(t, inner, min(d, 1))
            conversion = -1
            if self.chance(20):
                conversion = ord(self.pick(("r", "s", "a")))
                t = STR
            spec = None
            if t in FORMAT_TYPES and self.chance(50):
                text = self.format_spec(t)
                if text:
                    if self.chance(15) and text[-1:].isalpha():
                        self.feature("fstring_nested_spec")
                        spec = ast.JoinedStr([ast.FormattedValue(C(self.int(1, 9)), -1, None),
                                              ast.Constant(text[-1])])
                    else:
                        spec = ast.JoinedStr([ast.Constant(text)])
            values.append(ast.FormattedValue(e, conversion, spec))
        if self.chance(10) and isinstance(values[-1], ast.FormattedValue) and isinstance(values[-1].value, ast.Name):
            # the `=` specifier: render as text plus a repr conversion, which is exactly what it means
            self.feature("fstring_equals")
            fv = values[-1]
            values[-1:] = [ast.Constant(fv.value.id + "="),
                           ast.FormattedValue(fv.value, fv.conversion if fv.format_spec or fv.conversion != -1
                                              else ord("r"), fv.format_spec)]
        return ast.JoinedStr(values)

    def str_format(self, env, d):
        self.feature("str_format")
        n = self.int(1, 3)
        fields, args = [], []
        for i in range(n):
            t = self.pick((INT, STR, FLOAT))
            spec = self.format_spec(t) if self.chance(50) else ""
            fields.append("{" + (str(i) if self.chance(20) else "") + (":" + spec if spec else "") + "}")
            args.append(self.expr(t, env, d))
        numbered = [f for f in fields if f[1:2].isdigit()]
        if numbered and len(numbered) != len(fields):
            fields = ["{" + str(i) + f[f.index(":"):] if ":" in f else "{" + str(i) + "}" for i, f in enumerate(fields)]
        template = self.pick(("", "x=", "[", "a ")).join(fields) if n > 1 else fields[0]
        return meth(C(template), "format", *args)

    def str_percent(self, env, d):
        self.feature("percent_format")
        conv = self.pick(("%s", "%d", "%5.2f", "%r", "%x", "%-4s|", "%05d", "%e", "%%", "%c"))
        t = {"%s": STR, "%d": INT, "%5.2f": FLOAT, "%r": LIST, "%x": INT, "%-4s|": STR, "%05d": INT,
             "%e": FLOAT, "%%": None, "%c": INT}[conv]
        if t is None:
            return binop(C("100" + conv), ast.Mod(), ast.Tuple([], ast.Load()))
        if self.chance(40):
            return binop(C("<" + conv + ">"), ast.Mod(), self.expr(t, env, d))
        return binop(C(conv + " and %s"), ast.Mod(), ast.Tuple([self.expr(t, env, d), self.expr(INT, env, 0)],
                                                               ast.Load()))

    def str_join(self, env, d):
        self.feature("join")
        sep = self.pick((", ", "", "-", " | "))
        if self.chance(50):
            return meth(C(sep), "join", self.expr(LSTR, env, d))
        # join over a generator of str(...) of ints
        it = self.fresh("j")
        inner = env.block()
        inner.in_comprehension = True
        inner.define(it, INT, deletable=False)
        elt = call("str", self.expr(INT, inner, 0))
        return meth(C(sep), "join", ast.GeneratorExp(elt, [ast.comprehension(S(it), self.expr(LIST, env, d), [], 0)]))

    # bytes
    def e_bytes(self, env, d):
        return self.guarded(BYTES, env, d, (
            lambda e, d: self.leaf(BYTES, e), self.bytes_make, self.bytes_method, self.bytes_op))

    def bytes_make(self, env, d):
        self.feature("bytes")
        kind = self.pick(("encode", "bytes_list", "bytes_int", "fromhex"))
        if kind == "encode":
            args = [C(self.pick(("utf-8", "ascii", "latin-1", "utf-16-le")))] if self.chance(50) else []
            if args and self.chance(30):
                args.append(C(self.pick(("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"))))
            return meth(self.expr(STR, env, d), "encode", *args)
        if kind == "bytes_list":
            return call("bytes", self.expr(LIST, env, d))
        if kind == "bytes_int":
            return call("bytes", C(self.int(0, 5)))
        return call(ast.Attribute(N("bytes"), "fromhex", ast.Load()),
                    C(self.pick(("00ff", "de ad be ef", "abc", "41 42", ""))))

    def bytes_method(self, env, d):
        name = self.pick(("upper", "lower", "strip", "replace", "slice", "join", "title", "center"))
        self.feature("bytes_method")
        obj = self.expr(BYTES, env, d)
        if name == "replace":
            return meth(obj, name, self.expr(BYTES, env, 0), self.expr(BYTES, env, 0))
        if name == "slice":
            return ast.Subscript(obj, self.slice(env), ast.Load())
        if name == "join":
            return meth(C(b","), "join", ast.List([obj, self.expr(BYTES, env, 0)], ast.Load()))
        if name == "center":
            return meth(obj, name, C(self.int(0, 9)))
        return meth(obj, name)

    def bytes_op(self, env, d):
        self.feature("bytes_op")
        if self.chance(30):
            return binop(self.expr(BYTES, env, d), ast.Mult(), self.small_int(env))
        return binop(self.expr(BYTES, env, d), ast.Add(), self.expr(BYTES, env, d))

    # none
    def e_none(self, env, d):
        kind = self.pick(("none", "get", "print", "sort"))
        if kind == "get":
            return meth(self.expr(DICT, env, d), "get", C(self.pick(KEY_POOL)))
        if kind == "print" and not env.in_fstring:
            self.feature("print_expr")
            return call("print", self.expr(INT, env, d))
        if kind == "sort":
            return meth(self.expr(LIST, env, 0), "sort") if False else C(None)
        return C(None)

    # lists of ints
    def e_list(self, env, d):
        return self.guarded(LIST, env, d, (
            lambda e, d: self.leaf(LIST, e),
            lambda e, d: self.comprehension(LIST, e, d), lambda e, d: self.comprehension(LIST, e, d),
            self.list_range, self.list_sorted, self.list_op, self.list_slice, self.list_functional,
            self.list_convert, lambda e, d: self.user_call(LIST, e, d), self.list_unpack, self.list_gen,
        ))

    def list_range(self, env, d):
        self.feature("range")
        args = [C(self.int(-3, 8))]
        if self.chance(50):
            args.append(C(self.int(-3, 10)))
            if self.chance(40):
                args.append(C(self.pick((1, 2, 3, -1, -2))))
        r = call("range", *args)
        if self.chance(20):
            self.feature("range_slice")
            r = ast.Subscript(r, self.slice(env), ast.Load())
        return call("list", r)

    def list_sorted(self, env, d):
        self.feature("sorted")
        kw = {}
        if self.chance(40):
            kw["reverse"] = self.expr(BOOL, env, 0)
        if self.chance(40):
            x = self.fresh("k")
            inner = self.lambda_env(env, {x: INT})
            kw["key"] = ast.Lambda(self.lambda_args([x]), self.expr(self.pick((INT, INT, STR, TUPLE)), inner, 1))
        return call("sorted", self.expr(self.pick((LIST, TUPLE, SET)), env, d), kw=kw)

    def list_op(self, env, d):
        self.feature("list_op")
        if self.chance(30):
            return binop(self.expr(LIST, env, d), ast.Mult(), self.small_int(env))
        return binop(self.expr(LIST, env, d), ast.Add(), self.expr(LIST, env, d))

    def list_slice(self, env, d):
        self.feature("slice")
        return ast.Subscript(self.expr(LIST, env, d), self.slice(env), ast.Load())

    def lambda_env(self, env: Env, names: dict) -> Env:
        self.fn_counter += 1
        inner = env.block()
        inner.fn_id = self.fn_counter
        inner.in_comprehension = True
        for n, t in names.items():
            inner.define(n, t, deletable=False)
        return inner

    @staticmethod
    def lambda_args(names, defaults=()) -> ast.arguments:
        return ast.arguments([], [ast.arg(n) for n in names], None, [], [], None, list(defaults))

    def list_functional(self, env, d):
        kind = self.pick(("map", "filter", "map2", "reversed", "enumerate"))
        self.feature("builtin_" + kind)
        if kind == "reversed":
            return call("list", call("reversed", self.expr(LIST, env, d)))
        if kind == "enumerate":
            i, x = self.fresh("i"), self.fresh("x")
            inner = env.block()
            inner.in_comprehension = True
            inner.define(i, INT, deletable=False)
            inner.define(x, INT, deletable=False)
            kw = {"start": C(self.int(-2, 3))} if self.chance(30) else {}
            target = ast.Tuple([S(i), S(x)], ast.Store())
            return ast.ListComp(self.expr(INT, inner, 1),
                                [ast.comprehension(target, call("enumerate", self.expr(LIST, env, d), kw=kw), [], 0)])
        x = self.fresh("x")
        if kind == "map2":
            y = self.fresh("y")
            inner = self.lambda_env(env, {x: INT, y: INT})
            lam = ast.Lambda(self.lambda_args([x, y]), self.expr(INT, inner, 1))
            return call("list", call("map", lam, self.expr(LIST, env, d), self.expr(self.pick((LIST, TUPLE)), env, d)))
        inner = self.lambda_env(env, {x: INT})
        if kind == "map":
            fns = [v for v in env.vars.values() if v.type == FN and v.sig.ret == INT and not v.sig.generator
                   and len(v.sig.params) == 1 and v.sig.params[0].type == INT and not v.sig.depth_param
                   and v.sig.params[0].kind in ("normal", "posonly")]
            f = self.use(env, self.pick(fns)) if fns and self.chance(30) else \
                ast.Lambda(self.lambda_args([x]), self.expr(INT, inner, 1))
            return call("list", call("map", f, self.expr(LIST, env, d)))
        f = ast.Lambda(self.lambda_args([x]), self.expr(BOOL, inner, 1)) if self.chance(80) else C(None)
        return call("list", call("filter", f, self.expr(LIST, env, d)))

    def list_convert(self, env, d):
        kind = self.pick(("tuple", "set", "values", "bytes", "str_ords", "dict_keys_len"))
        self.feature("list_convert")
        if kind == "tuple":
            return call("list", self.expr(TUPLE, env, d))
        if kind == "set":
            return call("sorted", self.expr(SET, env, d))
        if kind == "values":
            return call("list", meth(self.expr(DICT, env, d), "values"))
        if kind == "bytes":
            return call("list", self.expr(BYTES, env, d))
        if kind == "str_ords":
            c = self.fresh("c")
            return ast.ListComp(call("ord", N(c)), [ast.comprehension(S(c), self.expr(STR, env, d), [], 0)])
        return call("list", call("map", N("len"), self.expr(LSTR, env, d)))

    def list_unpack(self, env, d):
        self.feature("star_display")
        return ast.List([ast.Starred(self.expr(self.pick((LIST, TUPLE, SET)), env, d), ast.Load()),
                         self.expr(INT, env, 0),
                         ast.Starred(self.expr(LIST, env, d), ast.Load())][: self.int(1, 3)], ast.Load())

    def list_gen(self, env, d):
        gens = [v for v in env.vars.values() if v.type == FN and v.sig.generator]
        if not gens:
            raise Stop
        self.feature("generator_call")
        var = self.pick(gens)
        how = self.pick(("list", "tuple_list", "sorted"))
        c = self.call_sig(var, env, d)
        return call("list" if how != "sorted" else "sorted", c)

    # lists of strings
    def e_lstr(self, env, d):
        return self.guarded(LSTR, env, d, (
            lambda e, d: self.leaf(LSTR, e), self.lstr_split, self.lstr_split, self.lstr_misc,
            lambda e, d: self.comprehension(LSTR, e, d), lambda e, d: self.user_call(LSTR, e, d),
        ))

    def lstr_split(self, env, d):
        name = self.pick(("split", "rsplit", "splitlines"))
        self.feature("method_" + name)
        if name == "splitlines":
            return meth(self.expr(STR, env, d), name, *([C(True)] if self.chance(30) else []))
        args = []
        if self.chance(60):
            args.append(self.expr(STR, env, 0) if self.chance(30) else C(self.pick((",", " ", "a", "-", "ab"))))
            if self.chance(30):
                args.append(C(self.int(-1, 2)))
        return meth(self.expr(STR, env, d), name, *args)

    def lstr_misc(self, env, d):
        kind = self.pick(("sorted", "keys", "chars", "str_map", "slice", "concat"))
        self.feature("lstr_" + kind)
        if kind == "sorted":
            kw = {"key": N(self.pick(("len", "str.lower")))} if self.chance(30) else {}
            if "key" in kw and kw["key"].id == "str.lower":
                kw["key"] = ast.Attribute(N("str"), "lower", ast.Load())
            return call("sorted", self.expr(LSTR, env, d), kw=kw)
        if kind == "keys":
            return call(self.pick(("list", "sorted")), self.expr(DICT, env, d))
        if kind == "chars":
            return call("list", self.expr(STR, env, d))
        if kind == "str_map":
            return call("list", call("map", N(self.pick(("str", "repr", "hex"))), self.expr(LIST, env, d)))
        if kind == "slice":
            return ast.Subscript(self.expr(LSTR, env, d), self.slice(env), ast.Load())
        return binop(self.expr(LSTR, env, d), ast.Add(), self.expr(LSTR, env, d))

    # tuples of ints
    def e_tuple(self, env, d):
        return self.guarded(TUPLE, env, d, (
            lambda e, d: self.leaf(TUPLE, e), self.tuple_make, self.tuple_make,
            lambda e, d: self.user_call(TUPLE, e, d),
        ))

    def tuple_make(self, env, d):
        kind = self.pick(("display", "tuple", "divmod", "concat", "slice", "genexp"))
        self.feature("tuple_" + kind)
        if kind == "display":
            return ast.Tuple([self.expr(INT, env, d) for _ in range(self.int(0, 3))], ast.Load())
        if kind == "tuple":
            return call("tuple", self.expr(LIST, env, d))
        if kind == "divmod":
            return call("divmod", self.expr(INT, env, d), self.expr(INT, env, d))
        if kind == "concat":
            return binop(self.expr(TUPLE, env, d), ast.Add(), self.expr(TUPLE, env, d))
        if kind == "slice":
            return ast.Subscript(self.expr(TUPLE, env, d), self.slice(env), ast.Load())
        return call("tuple", self.comprehension("genexp", env, d))

    # dicts str -> int
    def e_dict(self, env, d):
        return self.guarded(DICT, env, d, (
            lambda e, d: self.leaf(DICT, e), self.dict_make, self.dict_make,
            lambda e, d: self.comprehension(DICT, e, d), lambda e, d: self.user_call(DICT, e, d),
        ))

    def dict_make(self, env, d):
        kind = self.pick(("zip", "merge", "unpack", "copy", "fromkeys", "kwargs", "display"))
        self.feature("dict_" + kind)
        if kind == "zip":
            kw = {"strict": C(True)} if self.chance(20) else {}
            return call("dict", call("zip", self.expr(LSTR, env, d), self.expr(LIST, env, d), kw=kw))
        if kind == "merge":
            return binop(self.expr(DICT, env, d), ast.BitOr(), self.expr(DICT, env, d))
        if kind == "unpack":
            return ast.Dict([None, C(self.pick(KEY_POOL))], [self.expr(DICT, env, d), self.expr(INT, env, d)])
        if kind == "copy":
            return meth(self.expr(DICT, env, d), "copy") if self.chance(50) else call("dict", self.expr(DICT, env, d))
        if kind == "fromkeys":
            return call(ast.Attribute(N("dict"), "fromkeys", ast.Load()), self.expr(LSTR, env, d), self.expr(INT, env, 0))
        if kind == "kwargs":
            return call("dict", kw={self.pick(("a", "b", "x")): self.expr(INT, env, d), "key": self.expr(INT, env, 0)})
        n = self.int(1, 3)
        return ast.Dict([self.key(env, d) for _ in range(n)], [self.expr(INT, env, d) for _ in range(n)])

    # sets of ints
    def e_set(self, env, d):
        return self.guarded(SET, env, d, (
            lambda e, d: self.leaf(SET, e), self.set_make, self.set_make,
            lambda e, d: self.comprehension(SET, e, d),
        ))

    def set_make(self, env, d):
        kind = self.pick(("set", "op", "method", "range", "values"))
        self.feature("set_" + kind)
        if kind == "set":
            return call("set", self.expr(self.pick((LIST, TUPLE)), env, d))
        if kind == "op":
            op = self.pick((ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor))
            return binop(self.expr(SET, env, d), op(), self.expr(SET, env, d))
        if kind == "method":
            name = self.pick(("union", "intersection", "difference", "symmetric_difference", "copy"))
            if name == "copy":
                return meth(self.expr(SET, env, d), name)
            return meth(self.expr(SET, env, d), name, self.expr(self.pick((SET, LIST, TUPLE)), env, d))
        if kind == "range":
            return call("set", call("range", C(self.int(0, 6))))
        return call("set", meth(self.expr(DICT, env, d), "values"))

    # comprehensions
    def comprehension(self, kind: str, env: Env, d: int) -> ast.expr:
        """kind: LIST, LSTR, SET, DICT (displays), "genexp" (ints), "genexp_bool"."""
        self.feature("comprehension_" + kind)
        inner = env.block()
        inner.in_comprehension = True
        generators = []
        for i in range(self.int(1, 2) if d > 0 else 1):
            src = self.pick((LIST, "range", STR, LSTR, DICT, "items", TUPLE, "enumerate"))
            if src == "range":
                iterable = call("range", C(self.int(0, 6)))
                names = {self.fresh("i"): INT}
            elif src == "items":
                iterable = meth(self.expr(DICT, env, max(d - 1, 0)), "items")
                names = {self.fresh("k"): STR, self.fresh("n"): INT}
            elif src == "enumerate":
                iterable = call("enumerate", self.expr(LSTR, env, max(d - 1, 0)))
                names = {self.fresh("i"): INT, self.fresh("s"): STR}
            else:
                iterable = self.expr(src, inner if i else env, max(d - 1, 0))
                names = {self.fresh("x"): ELEMENT[src]}
            for n, t in names.items():
                inner.define(n, t, deletable=False)
            if len(names) == 1:
                target = S(next(iter(names)))
            else:
                target = ast.Tuple([S(n) for n in names], ast.Store())
            ifs = [self.expr(BOOL, inner, min(d, 1))] if self.chance(35) else []
            generators.append(ast.comprehension(target, iterable, ifs, 0))
        ed = min(d, 1)
        if kind in (LIST, "genexp"):
            elt = self.expr(INT, inner, ed)
            return ast.ListComp(elt, generators) if kind == LIST else ast.GeneratorExp(elt, generators)
        if kind == "genexp_bool":
            return ast.GeneratorExp(self.expr(BOOL, inner, ed), generators)
        if kind == LSTR:
            return ast.ListComp(self.expr(STR, inner, ed), generators)
        if kind == SET:
            return ast.SetComp(self.expr(INT, inner, ed), generators)
        return ast.DictComp(self.expr(STR, inner, ed), self.expr(INT, inner, ed), generators)

    # ------------------------------------------------------------------ statements
    def block(self, env: Env, lo: int, hi: int, tail=None) -> List[ast.stmt]:
        n = self.int(lo, hi)
        body: List[ast.stmt] = []
        for _ in range(n):
            if self.statements >= self.MAX_STATEMENTS:
                break
            body.extend(self.statement(env))
        if tail is not None:
            body.extend(tail(env))
        return body or [ast.Pass()]

    def statement(self, env: Env) -> List[ast.stmt]:
        self.data.start_span(STATEMENT_SPAN)
        try:
            return self._statement(env)
        finally:
            self.data.stop_span()

    def _statement(self, env: Env) -> List[ast.stmt]:
        self.statements += 1
        nested = env.fn_nesting + (env.loops_total > 0)
        options = [self.s_assign_new, self.s_assign_new, self.s_print, self.s_print, self.s_reassign,
                   self.s_augassign, self.s_mutate, self.s_subscript_assign, self.s_unpack, self.s_if,
                   self.s_for, self.s_try, self.s_print_exc_expr, self.s_del, self.s_assert]
        if env.loops_total < 2:
            options += [self.s_for, self.s_while]
        options += [self.s_extra, self.s_extra]
        if env.fn_nesting < 2 and env.loops_total == 0:
            options += [self.s_def, self.s_def, self.s_closure, self.s_generator, self.s_recursive,
                        self.s_lambda, self.s_decorated]
        if env.loop_depth:
            options += [self.s_break_continue]
        if env.sig is not None:
            options += [self.s_return]
            if env.sig.generator and not env.in_finally_try:
                options += [self.s_yield, self.s_yield]
        if env.in_except:
            options += [self.s_reraise]
        if nested:
            options += [self.s_raise]
        if self.host_functions:
            options += [self.s_host] * 4
        choice = self.pick(tuple(options))
        try:
            return choice(env)
        except Stop:
            return self.s_assign_new(env)

    def new_value_type(self) -> str:
        return self.pick(VALUE_TYPES)

    def s_assign_new(self, env):
        t = self.new_value_type()
        name = self.fresh()
        value = self.expr(t, env, self.int(0, 3))
        if self.chance(8):
            self.feature("annotated")
            env.define(name, t)
            return [ast.AnnAssign(S(name), N(self.pick(("int", "str", "list", "object"))), value, 1)]
        targets = [S(name)]
        if self.chance(8):
            self.feature("chained_assign")
            other = self.fresh()
            targets.append(S(other))
            env.define(other, t)
        env.define(name, t)
        return [ast.Assign(targets, value)]

    def s_host(self, env):
        """A host call whose result is kept or printed (each one is a pause in `start()` mode)."""
        value = self.int_host(env, 1)
        if self.chance(50):
            return [print_stmt(value)]
        name = self.fresh()
        env.define(name, INT)
        return [ast.Assign([S(name)], value)]

    def s_reassign(self, env):
        vs = [v for v in env.vars.values() if v.name in env.writable and v.type in DATA_TYPES]
        if not vs:
            raise Stop
        var = self.pick(vs)
        return [ast.Assign([S(var.name)], self.expr(var.type, env, self.int(0, 2)))]

    def s_augassign(self, env):
        vs = [v for v in env.vars.values() if v.name in env.writable
              and v.type in (INT, STR, FLOAT, LIST, SET, LSTR, BYTES, DICT, TUPLE)]
        if not vs:
            raise Stop
        var = self.pick(vs)
        self.feature("augassign")
        t = var.type
        if t == INT:
            op = self.pick(("+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "**"))
            if op == "**":
                value = C(self.int(0, 2))
            elif op == "<<":
                value = C(self.int(0, 9))
            elif op == "*" and env.loops_total:
                value = C(self.int(-3, 3))
            else:
                value = self.expr(INT, env, 1)
        elif t == FLOAT:
            op = self.pick(("+", "-", "*", "/"))
            value = self.expr(self.pick((INT, FLOAT)), env, 1)
        elif t in (STR, BYTES, TUPLE):
            op = "+"
            value = self.expr(t, env, 1)
        elif t in (LIST, LSTR):
            if var.owner != env.fn_id:
                raise Stop
            op = self.pick(("+", "*")) if not env.loops_total else "+"
            value = self.expr(t, env, 1) if op == "+" else C(self.int(0, 2))
        elif t == SET:
            op = self.pick(("|", "&", "-", "^"))
            value = self.expr(SET, env, 1)
        else:  # DICT
            op = "|"
            value = self.expr(DICT, env, 1)
        return [ast.AugAssign(S(var.name), BINOPS[op](), value)]

    def s_print(self, env):
        self.feature("print")
        args = [self.any_expr(env, self.int(0, 3))[1] for _ in range(self.int(1, 3))]
        kw = {}
        if self.chance(15):
            kw["sep"] = C(self.pick(("", ", ", "-", "\n")))
        if self.chance(15):
            kw["end"] = C(self.pick(("", "!\n", " ")))
        if self.chance(5):
            self.uses_sys = True
            self.feature("stderr")
            kw["file"] = ast.Attribute(N("sys"), "stderr", ast.Load())
        if self.chance(8):
            self.feature("star_print")
            args = [ast.Starred(self.expr(self.pick((LIST, LSTR, STR)), env, 1), ast.Load())]
        return [print_stmt(*args, kw=kw)]

    def s_print_exc_expr(self, env):
        """An expression that may fail, evaluated inside try/except that prints the error."""
        self.feature("try_print")
        t, e = self.any_expr(env, 3)
        if self.chance(10):
            e = self.type_error(env)
        var = self.fresh("e")
        return [ast.Try([print_stmt(e)],
                        [ast.ExceptHandler(N("Exception"), var, [self.print_exception(var)])], [], [])]

    def type_error(self, env) -> ast.expr:
        """An operation on a value of the wrong type (the value comes from a call, so that CPython's
        compiler does not warn about a literal): the TypeError messages are compared."""
        self.feature("type_error")
        x = call("int", self.expr(INT, env, 0))
        fns = [v for v in env.vars.values() if v.type == FN and not v.sig.generator]
        fn = self.use(env, self.pick(fns)) if fns and self.chance(50) else N("print")
        kind = self.pick(("subscript", "call", "len", "iter", "star", "dstar", "unpack", "attr", "merge"))
        if kind == "subscript":
            return ast.Subscript(x, C(0), ast.Load())
        if kind == "call":
            return ast.Call(x, [C(1)], [])
        if kind == "len":
            return call("len", x)
        if kind == "iter":
            return call("iter", x)
        if kind == "star":
            return ast.Call(fn, [ast.Starred(x, ast.Load())], [])
        if kind == "dstar":
            return ast.Call(fn, [], [ast.keyword(None, call("list", self.expr(LIST, env, 0)))])
        if kind == "unpack":
            return ast.List([ast.Starred(x, ast.Load())], ast.Load())
        if kind == "attr":
            return ast.Attribute(x, self.pick(("foo", "append", "real", "upper")), ast.Load())
        return ast.Dict([None], [call("list", self.expr(LIST, env, 0))])

    def print_exception(self, var: str) -> ast.stmt:
        how = self.pick(("type_msg", "repr", "args", "str"))
        e = N(var)
        if how == "type_msg":
            return print_stmt(ast.Attribute(call("type", e), "__name__", ast.Load()), e)
        if how == "repr":
            return print_stmt(call("repr", e))
        if how == "args":
            return print_stmt(ast.Attribute(call("type", e), "__name__", ast.Load()), ast.Attribute(e, "args", ast.Load()))
        return print_stmt(call("str", e))

    def s_mutate(self, env):
        kinds = []
        own_lists = [v for v in env.vars.values() if v.type in (LIST, LSTR) and v.owner == env.fn_id]
        any_lists = [v for v in env.vars.values() if v.type in (LIST, LSTR)]
        dicts = env.of_type(DICT)
        sets = env.of_type(SET)
        if own_lists:
            kinds += ["grow"]
        if any_lists:
            kinds += ["shrink", "reorder"]
        if dicts:
            kinds += ["dict"]
        if sets:
            kinds += ["set"]
        if not kinds:
            raise Stop
        kind = self.pick(tuple(kinds))
        if kind == "grow":
            var = self.pick(own_lists)
            el = ELEMENT[var.type]
            name = self.pick(("append", "extend", "insert"))
            self.feature("list_" + name)
            if name == "append":
                args = [self.expr(el, env, 2)]
            elif name == "extend":
                args = [self.expr(var.type if self.chance(70) else STR if el == STR else TUPLE, env, 1)]
            else:
                args = [self.index(env, 1), self.expr(el, env, 1)]
            return [expr_stmt(meth(self.use(env, var), name, *args))]
        if kind in ("shrink", "reorder"):
            var = self.pick(any_lists)
            el = ELEMENT[var.type]
            if kind == "shrink":
                name = self.pick(("pop", "remove", "clear", "pop_index"))
                self.feature("list_" + name)
                if name == "pop":
                    return [print_stmt(meth(self.use(env, var), "pop"))]
                if name == "pop_index":
                    return [print_stmt(meth(self.use(env, var), "pop", self.index(env, 1)))]
                if name == "remove":
                    return [expr_stmt(meth(self.use(env, var), "remove", self.expr(el, env, 1)))]
                return [expr_stmt(meth(self.use(env, var), "clear"))]
            name = self.pick(("sort", "reverse", "sort_key"))
            self.feature("list_" + name)
            if name == "sort_key":
                x = self.fresh("k")
                inner = self.lambda_env(env, {x: el})
                kw = {"key": ast.Lambda(self.lambda_args([x]), self.expr(self.pick((INT, STR)), inner, 1))}
                if self.chance(40):
                    kw["reverse"] = C(True)
                return [expr_stmt(meth(self.use(env, var), "sort", kw=kw))]
            return [expr_stmt(meth(self.use(env, var), name))]
        if kind == "dict":
            var = self.pick(dicts)
            name = self.pick(("update", "pop", "setdefault", "popitem", "clear", "del_get"))
            self.feature("dict_" + name)
            if name == "update":
                arg = self.expr(DICT, env, 1)
                if self.chance(30):
                    return [expr_stmt(meth(self.use(env, var), "update", kw={self.pick(("a", "q")): self.expr(INT, env, 1)}))]
                return [expr_stmt(meth(self.use(env, var), "update", arg))]
            if name == "pop":
                args = [self.key(env, 1)] + ([self.lit(INT, env)] if self.chance(50) else [])
                return [print_stmt(meth(self.use(env, var), "pop", *args))]
            if name == "setdefault":
                return [print_stmt(meth(self.use(env, var), "setdefault", self.key(env, 1), self.expr(INT, env, 1)))]
            if name == "popitem":
                return [print_stmt(meth(self.use(env, var), "popitem"))]
            if name == "clear":
                return [expr_stmt(meth(self.use(env, var), "clear"))]
            return [print_stmt(call("list", meth(self.use(env, var), self.pick(("items", "keys", "values")))))]
        var = self.pick(sets)
        name = self.pick(("add", "discard", "remove", "pop", "update", "clear"))
        self.feature("set_" + name)
        if name in ("add", "discard", "remove"):
            return [expr_stmt(meth(self.use(env, var), name, self.expr(INT, env, 1)))]
        if name == "pop":
            return [print_stmt(meth(self.use(env, var), "pop"))]
        if name == "update":
            return [expr_stmt(meth(self.use(env, var), name, self.expr(self.pick((LIST, SET)), env, 1)))]
        return [expr_stmt(meth(self.use(env, var), "clear"))]

    def s_subscript_assign(self, env):
        vs = [v for v in env.vars.values() if v.type in (LIST, DICT, LSTR)]
        if not vs:
            raise Stop
        var = self.pick(vs)
        self.feature("subscript_assign")
        if var.type == DICT:
            if self.chance(20):
                return [ast.AugAssign(ast.Subscript(self.use(env, var), self.key(env, 1), ast.Store()), ast.Add(),
                                      self.expr(INT, env, 1))]
            return [ast.Assign([ast.Subscript(self.use(env, var), self.key(env, 1), ast.Store())], self.expr(INT, env, 2))]
        el = ELEMENT[var.type]
        if self.chance(25) and var.owner == env.fn_id:
            self.feature("slice_assign")
            return [ast.Assign([ast.Subscript(self.use(env, var), self.slice(env), ast.Store())], self.expr(var.type, env, 1))]
        return [ast.Assign([ast.Subscript(self.use(env, var), self.index(env, 1), ast.Store())], self.expr(el, env, 2))]

    def s_unpack(self, env):
        self.feature("unpack")
        kind = self.pick(("pair", "star", "swap", "nested", "divmod"))
        if kind == "swap":
            vs = [v for v in env.vars.values() if v.name in env.writable and v.type in DATA_TYPES]
            pairs = [(a, b) for a in vs for b in vs if a is not b and a.type == b.type]
            if not pairs:
                raise Stop
            a, b = self.pick(tuple(pairs[:20]))
            return [ast.Assign([ast.Tuple([S(a.name), S(b.name)], ast.Store())],
                               ast.Tuple([N(b.name), N(a.name)], ast.Load()))]
        if kind == "divmod":
            q, r = self.fresh(), self.fresh()
            value = call("divmod", self.expr(INT, env, 1), self.expr(INT, env, 1))
            env.define(q, INT)
            env.define(r, INT)
            return [ast.Assign([ast.Tuple([S(q), S(r)], ast.Store())], value)]
        src = self.pick((LIST, TUPLE, STR, LSTR))
        value = self.expr(src, env, 1)
        el = ELEMENT[src]
        if kind == "pair":
            names = [self.fresh() for _ in range(self.int(1, 3))]
            for n in names:
                env.define(n, el)
            return [ast.Assign([ast.Tuple([S(n) for n in names], ast.Store())], value)]
        if kind == "star":
            self.feature("star_unpack")
            a, rest, z = self.fresh(), self.fresh(), self.fresh()
            star_t = LSTR if el == STR else LIST
            targets = [S(a), ast.Starred(S(rest), ast.Store())]
            env.define(a, el)
            env.define(rest, star_t)
            if self.chance(50):
                targets.append(S(z))
                env.define(z, el)
            return [ast.Assign([ast.Tuple(targets, ast.Store())], value)]
        a, b, c = self.fresh(), self.fresh(), self.fresh()
        value = ast.Tuple([self.expr(INT, env, 1), ast.Tuple([self.expr(STR, env, 0), self.expr(INT, env, 0)], ast.Load())],
                          ast.Load())
        env.define(a, INT)
        env.define(b, STR)
        env.define(c, INT)
        return [ast.Assign([ast.Tuple([S(a), ast.Tuple([S(b), S(c)], ast.Store())], ast.Store())], value)]

    def s_del(self, env):
        kinds = []
        deletable = [env.vars[n] for n in env.block_names if n in env.vars and not env.vars[n].captured
                     and env.vars[n].type != FN]
        lists = [v for v in env.vars.values() if v.type in (LIST, LSTR)]
        dicts = env.of_type(DICT)
        if deletable:
            kinds.append("name")
        if lists:
            kinds += ["index", "slice"]
        if dicts:
            kinds.append("key")
        if not kinds:
            raise Stop
        kind = self.pick(tuple(kinds))
        self.feature("del_" + kind)
        if kind == "name":
            var = self.pick(sorted(deletable, key=lambda v: v.name))
            del env.vars[var.name]
            env.writable.discard(var.name)
            env.block_names.discard(var.name)
            return [ast.Delete([ast.Name(var.name, ast.Del())])]
        if kind == "key":
            return [ast.Delete([ast.Subscript(self.use(env, self.pick(dicts)), self.key(env, 1), ast.Del())])]
        var = self.pick(lists)
        sub = self.index(env, 1) if kind == "index" else self.slice(env)
        return [ast.Delete([ast.Subscript(self.use(env, var), sub, ast.Del())])]

    def s_assert(self, env):
        self.feature("assert")
        msg = self.expr(STR, env, 1) if self.chance(50) else None
        return [ast.Assert(self.expr(BOOL, env, 2), msg)]

    def condition(self, env) -> ast.expr:
        return self.expr(BOOL, env, self.int(0, 2)) if self.chance(80) else self.any_expr(env, 1)[1]

    def s_if(self, env):
        self.feature("if")
        test = self.condition(env)
        walrus = None
        if self.chance(12) and not env.in_comprehension:
            self.feature("walrus_if")
            walrus = self.fresh("w")
            test = ast.Compare(ast.NamedExpr(S(walrus), self.expr(INT, env, 1)), [ast.Gt()], [C(self.int(0, 3))])
        body_env = env.block()
        if walrus:
            body_env.define(walrus, INT, deletable=False)
        body = self.block(body_env, 1, 3)
        orelse = []
        if self.chance(50):
            if self.chance(40):
                self.feature("elif")
                orelse = self.s_if(env.block())
            else:
                orelse = self.block(env.block(), 1, 2)
        if walrus:
            env.define(walrus, INT, deletable=False)
        return [ast.If(test, body, orelse)]

    def loop_env(self, env) -> Env:
        inner = env.block()
        inner.loop_depth += 1
        inner.loops_total += 1
        return inner

    def s_for(self, env):
        self.feature("for")
        inner = self.loop_env(env)
        src = self.pick(("range", LIST, STR, "items", "enumerate", "zip", LSTR, TUPLE, DICT, "gen", SET, BYTES))
        limit = 4 if env.loops_total == 0 else 3
        if src == "range":
            args = [C(self.int(0, limit))]
            if self.chance(30):
                args = [C(self.int(-2, 1)), C(self.int(0, limit))]
            iterable = call("range", *args)
            names = {self.fresh("i"): INT}
        elif src == "items":
            iterable = meth(self.expr(DICT, env, 1), "items")
            names = {self.fresh("k"): STR, self.fresh("n"): INT}
        elif src == "enumerate":
            iterable = call("enumerate", self.bounded(STR, env))
            names = {self.fresh("i"): INT, self.fresh("c"): STR}
        elif src == "zip":
            self.feature("zip")
            iterable = call("zip", self.bounded(LIST, env), self.bounded(STR, env))
            names = {self.fresh("x"): INT, self.fresh("c"): STR}
        elif src == "gen":
            gens = env.of_type(GEN)
            if gens and self.chance(50):
                iterable = self.use(env, self.pick(gens))
            else:
                fns = [v for v in env.vars.values() if v.type == FN and v.sig.generator]
                if not fns:
                    raise Stop
                iterable = self.call_sig(self.pick(fns), env, 1)
            names = {self.fresh("g"): INT}
        else:
            iterable = self.bounded(src, env)
            names = {self.fresh("x"): ELEMENT[src]}
        for n, t in names.items():
            inner.define(n, t, deletable=False)
            inner.writable.discard(n)
        target = S(next(iter(names))) if len(names) == 1 else ast.Tuple([S(n) for n in names], ast.Store())
        body = self.block(inner, 1, 3)
        orelse = []
        if self.chance(25):
            self.feature("for_else")
            orelse = self.block(env.block(), 1, 2)
        return [ast.For(target, iterable, body, orelse)]

    def bounded(self, t: str, env: Env) -> ast.expr:
        """An iterable of type t of bounded length, that the loop body cannot grow while iterating."""
        e = self.expr(t, env, 1)
        if t in (LIST, LSTR) and isinstance(e, ast.Name):
            self.feature("iterate_copy")
            return ast.Subscript(e, ast.Slice(None, C(6), None), ast.Load()) if self.chance(50) else call("list", e)
        if t in (STR, BYTES, LIST, LSTR) and not isinstance(e, (ast.Name, ast.Constant, ast.List)):
            return ast.Subscript(e, ast.Slice(None, C(6), None), ast.Load())
        return e

    def s_while(self, env):
        self.feature("while")
        counter = self.fresh("i")
        limit = self.int(0, 4 if env.loops_total == 0 else 3)
        env.define(counter, INT, deletable=False)
        inner = self.loop_env(env)
        inner.writable.discard(counter)
        step = ast.AugAssign(S(counter), ast.Add(), C(1))
        if self.chance(30):
            self.feature("while_true")
            test = C(True)
            head = [step, ast.If(ast.Compare(N(counter), [ast.Gt()], [C(limit)]), [ast.Break()], [])]
        else:
            test = ast.Compare(N(counter), [ast.Lt()], [C(limit)])
            if self.chance(30):
                test = ast.BoolOp(ast.And(), [test, self.expr(BOOL, env, 1)])
            head = [step]
        body = head + self.block(inner, 1, 3)
        orelse = self.block(env.block(), 1, 2) if self.chance(25) else []
        return [ast.Assign([S(counter)], C(0)), ast.While(test, body, orelse)]

    def s_break_continue(self, env):
        self.feature("break_continue")
        stmt = self.pick((ast.Break, ast.Continue))()
        if self.chance(70):
            return [ast.If(self.expr(BOOL, env, 1), [stmt], [])]
        return [stmt]

    def s_try(self, env):
        self.feature("try")
        has_finally = self.chance(35)
        body_env = env.block()
        body_env.in_finally_try = env.in_finally_try or has_finally
        body = self.block(body_env, 1, 3, tail=self.maybe_raise if self.chance(40) else None)
        handlers = []
        if not has_finally or self.chance(60):
            for _ in range(self.int(1, 2)):
                handlers.append(self.handler(env, has_finally))
            bare = [h for h in handlers if h.type is None]
            handlers = [h for h in handlers if h.type is not None] + bare[:1]  # a bare except comes last
        orelse = self.block(env.block(), 1, 2) if handlers and self.chance(25) else []
        final = []
        if has_finally or not handlers:
            self.feature("finally")
            fenv = env.block()
            fenv.in_finally_try = True
            final = self.block(fenv, 1, 2)
        if orelse:
            self.feature("try_else")
        return [ast.Try(body, handlers, orelse, final)]

    def maybe_raise(self, env) -> List[ast.stmt]:
        return self.s_raise(env)

    def handler(self, env, has_finally) -> ast.ExceptHandler:
        # no bare `except:` in a generator: it would catch GeneratorExit when an unfinished generator is
        # collected, and CPython reports that on stderr at a moment monty_peg does not reproduce
        kinds = ("one", "tuple", "base") if env.sig is not None and env.sig.generator else ("one", "tuple", "base", "bare")
        kind = self.pick(kinds)
        if kind == "one":
            typ = N(self.pick(EXCEPTIONS))
        elif kind == "tuple":
            typ = ast.Tuple([N(self.pick(EXCEPTIONS)) for _ in range(2)], ast.Load())
        elif kind == "base":
            typ = N("Exception")
        else:
            typ = None
        henv = env.block()
        henv.in_except = True
        henv.in_finally_try = env.in_finally_try or has_finally
        name = None
        body = []
        if typ is not None and self.chance(75):
            name = self.fresh("e")
            body.append(self.print_exception(name))
        body += self.block(henv, 0, 2) if self.chance(60) else []
        if name is None and not body:
            body = [print_stmt(C("caught"))]
        return ast.ExceptHandler(typ, name, body)

    def s_raise(self, env):
        self.feature("raise")
        cls = self.pick(RAISABLE)
        kind = self.pick(("msg", "msg", "none", "fstr", "args", "from", "from_none", "class"))
        if kind == "class":
            return [ast.Raise(N(cls), None)]
        if kind == "none":
            exc = call(cls)
        elif kind == "args":
            exc = call(cls, self.expr(INT, env, 0), self.expr(STR, env, 0))
        elif kind == "fstr":
            exc = call(cls, self.fstring(env, 1))
        else:
            exc = call(cls, self.expr(STR, env, 0))
        cause = None
        if kind == "from":
            self.feature("raise_from")
            cause = call(self.pick(RAISABLE), self.expr(STR, env, 0))
        elif kind == "from_none":
            cause = C(None)
        stmt = ast.Raise(exc, cause)
        if env.sig is None and env.loops_total == 0 and self.chance(50):
            return [ast.If(self.expr(BOOL, env, 1), [stmt], [])]
        return [ast.If(self.expr(BOOL, env, 1), [stmt], [])] if self.chance(50) else [stmt]

    def s_reraise(self, env):
        self.feature("reraise")
        return [ast.If(self.expr(BOOL, env, 1), [ast.Raise(None, None)], [])] if self.chance(50) else [ast.Raise(None, None)]

    def s_return(self, env):
        self.feature("return")
        if env.sig.generator:
            stmt = ast.Return(self.expr(INT, env, 1) if self.chance(30) else None)
        else:
            stmt = ast.Return(self.expr(env.sig.ret, env, 2))
        return [ast.If(self.expr(BOOL, env, 1), [stmt], [])] if self.chance(70) else [stmt]

    def s_yield(self, env):
        self.feature("yield")
        gens = [v for v in env.vars.values() if v.type == FN and v.sig.generator]
        if gens and self.chance(15):
            self.feature("yield_from_generator")
            value = ast.YieldFrom(self.call_sig(self.pick(gens), env, 1))
            return [print_stmt(C("returned"), value) if self.chance(50) else expr_stmt(value)]
        if self.chance(10):
            self.feature("yield_value")
            return [print_stmt(C("sent"), ast.Yield(self.expr(INT, env, 1)))]
        if self.chance(20):
            self.feature("yield_from")
            if self.chance(50):
                value = call("range", C(self.int(0, 4)))
            else:
                value = self.bounded(LIST, env)
            return [expr_stmt(ast.YieldFrom(value))]
        return [expr_stmt(ast.Yield(self.expr(INT, env, 2)))]

    # functions
    def params(self, env: Env) -> List[Param]:
        params: List[Param] = []
        n = self.int(0, 3)
        kinds = []
        if self.chance(20):
            self.feature("posonly")
            kinds += ["posonly"] * self.int(1, 2)
        kinds += ["normal"] * n
        if self.chance(25):
            kinds.append("varargs")
        if self.chance(30):
            self.feature("kwonly")
            kinds += ["kwonly"] * self.int(1, 2)
        if self.chance(20):
            kinds.append("varkw")
        seen_default = False
        for k in kinds:
            t = self.pick((INT, INT, STR, LIST, FLOAT, DICT, BOOL))
            name = self.fresh("p")
            default = None
            if k in ("posonly", "normal"):
                if seen_default or self.chance(30):
                    seen_default = True
                    default = self.lit(t, env)
            elif k == "kwonly" and self.chance(50):
                default = self.lit(t, env)
            if k == "varargs":
                t = self.pick((INT, STR))
            if k == "varkw":
                t = INT
            params.append(Param(name, k, t, default))
        return params

    def arguments(self, params: List[Param], annotate: bool) -> ast.arguments:
        posonly, args, kwonly, kw_defaults, defaults = [], [], [], [], []
        vararg = kwarg = None
        ann = {INT: "int", STR: "str", LIST: "list", FLOAT: "float", DICT: "dict", BOOL: "bool"}
        for p in params:
            a = ast.arg(p.name, N(ann[p.type]) if annotate and p.type in ann and p.kind in ("normal", "posonly") else None)
            if p.kind == "posonly":
                posonly.append(a)
            elif p.kind == "normal":
                args.append(a)
            elif p.kind == "varargs":
                vararg = a
            elif p.kind == "kwonly":
                kwonly.append(a)
                kw_defaults.append(p.default)
            else:
                kwarg = a
            if p.kind in ("posonly", "normal") and p.default is not None:
                defaults.append(p.default)
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def function_env(self, env: Env, sig: Sig) -> Env:
        self.fn_counter += 1
        inner = Env(dict(env.vars), set(), self.fn_counter, sig, 0, env.loops_total, False, False, set(),
                    env.fn_nesting + 1)
        for p in sig.params:
            t = p.type
            if p.kind == "varargs":
                t = LSTR if p.type == STR else TUPLE
            elif p.kind == "varkw":
                t = DICT
            inner.define(p.name, t, deletable=False)
        return inner

    def declarations(self, env: Env, inner: Env) -> List[ast.stmt]:
        out = []
        if self.chance(20):
            globals_ = [v for v in env.vars.values() if v.owner == 0 and v.type in (INT, STR) and v.name in env.writable]
            if globals_:
                var = self.pick(globals_)
                self.feature("global")
                inner.writable.add(var.name)
                var.captured = True
                out.append(ast.Global([var.name]))
        if self.chance(30) and env.fn_id:
            locals_ = [v for v in env.vars.values() if v.owner == env.fn_id and v.type in (INT, STR, LIST)
                       and v.name in env.writable]
            if locals_:
                var = self.pick(locals_)
                self.feature("nonlocal")
                inner.writable.add(var.name)
                var.captured = True
                out.append(ast.Nonlocal([var.name]))
        return out

    def function(self, env: Env, name: str, sig: Sig, body_hint=None) -> ast.FunctionDef:
        inner = self.function_env(env, sig)
        if sig.depth_param or sig.generator:
            pass
        decls = self.declarations(env, inner)
        body = decls[:]
        if self.chance(10):
            body.append(expr_stmt(C("A docstring.")))
        if body_hint is not None:
            body += body_hint(inner)
        body += self.block(inner, 0 if body_hint else 1, 4)
        if not sig.generator:
            body.append(ast.Return(self.expr(sig.ret, inner, 2)))
        elif not any(isinstance(n, (ast.Yield, ast.YieldFrom)) for s in body for n in ast.walk(s)):
            body.append(expr_stmt(ast.Yield(self.expr(INT, inner, 1))))
        returns = None
        if self.chance(15):
            returns = N({INT: "int", STR: "str", LIST: "list", BOOL: "bool"}.get(sig.ret, "object"))
        return ast.FunctionDef(name, self.arguments(sig.params, self.chance(15)), body, [], returns, None)

    def s_def(self, env):
        self.feature("def")
        ret = self.pick((INT, STR, LIST, BOOL, FLOAT, DICT, LSTR, TUPLE))
        sig = Sig(self.params(env), ret)
        name = self.fresh("f")
        fn = self.function(env, name, sig)
        env.define(name, FN, sig=sig, deletable=False)
        return [fn] + self.calls_of(env, env.vars[name])

    def calls_of(self, env, var: Var) -> List[ast.stmt]:
        out = []
        for _ in range(self.int(0, 2)):
            self.statements += 1
            if var.sig.generator:  # never print a generator object: its repr has an address
                out.append(print_stmt(call("list", self.call_sig(var, env, 1))))
            elif self.chance(50):
                out.append(print_stmt(self.call_sig(var, env, 1)))
            else:
                name = self.fresh()
                out.append(ast.Assign([S(name)], self.call_sig(var, env, 1)))
                env.define(name, var.sig.ret)
        return out

    def s_recursive(self, env):
        self.feature("recursion")
        ret = self.pick((INT, STR, LIST))
        extra = [Param(self.fresh("p"), "normal", ret)] if self.chance(70) else []
        sig = Sig([Param(self.fresh("n"), "normal", INT)] + extra, ret, depth_param=True)
        name = self.fresh("r")
        self.fn_counter += 1
        inner = self.function_env(env, sig)
        n = sig.params[0].name
        inner.writable.discard(n)  # the depth parameter only ever counts down
        selfvar = Var(name, FN, inner.fn_id, sig)
        base = ast.If(ast.Compare(N(n), [ast.LtE()], [C(0)]), [ast.Return(self.expr(ret, inner, 1))], [])
        pre = self.block(inner, 0, 2)
        rec_args = [binop(N(n), ast.Sub(), C(1))] + [self.expr(p.type, inner, 1) for p in extra]
        rec = ast.Call(N(name), rec_args, [])
        combos = {INT: (ast.Add, ast.Sub, ast.Mult), STR: (ast.Add,), LIST: (ast.Add,)}
        result = binop(self.expr(ret, inner, 1), self.pick(combos[ret])(), rec)
        if ret == INT and self.chance(30):
            self.feature("tree_recursion")
            rec2 = ast.Call(N(name), [binop(N(n), ast.Sub(), C(2))] + rec_args[1:], [])
            result = binop(rec, ast.Add(), rec2)
        del selfvar
        fn = ast.FunctionDef(name, self.arguments(sig.params, False), [base] + pre + [ast.Return(result)], [], None, None)
        env.define(name, FN, sig=sig, deletable=False)
        return [fn] + self.calls_of(env, env.vars[name])

    def s_generator(self, env):
        self.feature("generator")
        sig = Sig(self.params(env), INT, generator=True)
        name = self.fresh("g")

        def hint(inner):
            if self.chance(60):
                loop = self.loop_env(inner)
                i = self.fresh("i")
                loop.define(i, INT, deletable=False)
                body = [expr_stmt(ast.Yield(self.expr(INT, loop, 1)))] + self.block(loop, 0, 2)
                return [ast.For(S(i), call("range", C(self.int(0, 4))), body, [])]
            return []

        fn = self.function(env, name, sig, body_hint=hint)
        env.define(name, FN, sig=sig, deletable=False)
        out = [fn]
        if self.chance(60):
            # keep a generator object and step it with next()
            obj = self.fresh("it")
            self.feature("generator_object")
            out.append(ast.Assign([S(obj)], self.call_sig(env.vars[name], env, 1)))
            env.define(obj, GEN, deletable=False)
            if self.chance(40):
                self.feature("send")
                out.append(print_stmt(call("next", N(obj), C(None))))
            if self.chance(30):
                out += self.s_generator_ops(env)
        return out + self.calls_of(env, env.vars[name])

    def s_closure(self, env):
        """A factory that returns an inner function over its locals (nonlocal counters and such)."""
        self.feature("closure")
        outer_sig = Sig(self.params(env), FN)
        name = self.fresh("make")
        outer_env = self.function_env(env, outer_sig)
        outer_env.sig = None  # no early returns: the factory returns its inner function
        body = self.block(outer_env, 1, 2)
        state = self.fresh("st")
        body.append(ast.Assign([S(state)], self.expr(INT, outer_env, 1)))
        outer_env.define(state, INT, deletable=False)
        inner_sig = Sig(self.params(outer_env), self.pick((INT, STR, LIST)))
        inner_name = self.fresh("inner")
        inner_env = self.function_env(outer_env, inner_sig)
        decls = []
        if self.chance(70):
            self.feature("nonlocal")
            decls.append(ast.Nonlocal([state]))
            inner_env.writable.add(state)
            outer_env.vars[state].captured = True
        inner_body = decls + [ast.AugAssign(S(state), ast.Add(), self.expr(INT, inner_env, 1))] if decls else []
        inner_body += self.block(inner_env, 0, 3)
        inner_body.append(ast.Return(self.expr(inner_sig.ret, inner_env, 2)))
        inner_fn = ast.FunctionDef(inner_name, self.arguments(inner_sig.params, False), inner_body, [], None, None)
        ret = N(inner_name)
        if self.chance(25):
            self.feature("lambda_closure")
            # return a lambda instead, with a default argument capturing the state
            x = self.fresh("x")
            lam_env = self.lambda_env(outer_env, {x: INT})
            ret = ast.Lambda(ast.arguments([], [ast.arg(x)], None, [], [], None, [C(1)]), self.expr(INT, lam_env, 1))
            inner_sig = Sig([Param(x, "normal", INT, C(1))], INT)
        body += [inner_fn, ast.Return(ret)]
        fn = ast.FunctionDef(name, self.arguments(outer_sig.params, False), body, [], None, None)
        env.define(name, FN, sig=Sig(outer_sig.params, "closure"), deletable=False)
        inst = self.fresh("c")
        out = [fn, ast.Assign([S(inst)], self.call_sig(env.vars[name], env, 1))]
        env.define(inst, FN, sig=inner_sig, deletable=False)
        return out + self.calls_of(env, env.vars[inst])

    def s_lambda(self, env):
        self.feature("lambda")
        names = [self.fresh("a") for _ in range(self.int(0, 2))]
        defaults = []
        params = [Param(n, "normal", INT) for n in names]
        if self.chance(40):
            d = self.fresh("a")
            params.append(Param(d, "normal", INT, C(self.int(0, 5))))
            defaults.append(params[-1].default)
            names.append(d)
        inner = self.lambda_env(env, {n: INT for n in names})
        inner.in_comprehension = True
        ret = self.pick((INT, STR, BOOL))
        lam = ast.Lambda(self.lambda_args(names, defaults), self.expr(ret, inner, 2))
        name = self.fresh("lam")
        env.define(name, FN, sig=Sig(params, ret), deletable=False)
        return [ast.Assign([S(name)], lam)] + self.calls_of(env, env.vars[name])

    def s_decorated(self, env):
        self.feature("decorator")
        deco = self.fresh("deco")
        fn_param, wrapper, args, kwargs = self.fresh("fn"), self.fresh("wrapper"), self.fresh("args"), self.fresh("kw")
        tag = self.pick(("call", "before", ">>"))
        wrapper_body = [print_stmt(C(tag), ast.Call(N("len"), [N(args)], []))]
        result = self.fresh("res")
        wrapper_body.append(ast.Assign([S(result)], ast.Call(N(fn_param), [ast.Starred(N(args), ast.Load())],
                                                           [ast.keyword(None, N(kwargs))])))
        wrapper_body.append(ast.Return(N(result)))
        wrapper_fn = ast.FunctionDef(wrapper, ast.arguments([], [], ast.arg(args), [], [], ast.arg(kwargs), []),
                                     wrapper_body, [], None, None)
        deco_fn = ast.FunctionDef(deco, ast.arguments([], [ast.arg(fn_param)], None, [], [], None, []),
                                  [wrapper_fn, ast.Return(N(wrapper))], [], None, None)
        ret = self.pick((INT, STR, LIST))
        sig = Sig(self.params(env), ret)
        name = self.fresh("f")
        fn = self.function(env, name, sig)
        fn.decorator_list = [N(deco)]
        env.define(name, FN, sig=sig, deletable=False)
        return [deco_fn, fn] + self.calls_of(env, env.vars[name])

    # ------------------------------------------------------------------ classes, with, match, imports, async
    # Self-contained snippets: each defines what it needs (a class, a context manager...) and uses it at once,
    # binding only values of the usual types into the environment, so the rest of the generator is unchanged.
    # Guest instances always have a __repr__ (no addresses), are never hashed (no sets, no dict keys).

    def method(self, env: Env, name: str, params: List[Param], ret: Optional[str], head: List[ast.stmt] = (),
               decorators=(), with_self: bool = True, is_async: bool = False) -> ast.FunctionDef:
        """A method (or any function) whose body is `head`, a generated block, and a return of `ret`."""
        sig = Sig(params, ret or INT)
        inner = self.function_env(env, sig)
        body = list(head) + self.block(inner, 0, 2)
        if ret is not None:
            body.append(ast.Return(self.expr(ret, inner, 1)))
        args = self.arguments(params, False)
        if with_self:
            args.args.insert(0, ast.arg("self"))
        make = ast.AsyncFunctionDef if is_async else ast.FunctionDef
        return make(name, args, body or [ast.Pass()], list(decorators), None, None)

    def s_class(self, env):
        """A class with attributes, methods and some dunder methods, instances of it used every way."""
        self.feature("class")
        name = self.fresh("C")
        self.statements += 8
        tmpl = ast.parse(
            f"class {name}:\n"
            f"    def __init__(self, a, b=''):\n        self.a = a\n        self.b = b\n"
            f"    def __repr__(self):\n        return '{name}(' + repr(self.a) + ', ' + repr(getattr(self, 'b', None)) + ')'\n"
        ).body[0]
        k = self.fresh("k")
        attrs = [ast.Assign([S(k)], self.lit(INT, env))]
        if self.chance(50):
            attrs.append(ast.Assign([S(self.fresh("k"))], binop(N(k), ast.Mult(), self.leaf(INT, env))))
        tmpl.body[:0] = attrs
        p = self.fresh("p")
        m = self.fresh("m")
        tmpl.body.append(self.method(env, m, [Param(p, "normal", INT)], INT))
        dunders = [d for d in ("len", "bool", "iter", "getitem", "eq", "lt", "add", "contains", "property",
                               "static", "classmethod") if self.chance(35)]
        src = {
            "len": "def __len__(self):\n    return abs(self.a) % 5\n",
            "bool": "def __bool__(self):\n    return self.a > 2\n",
            "iter": "def __iter__(self):\n    yield from range(abs(self.a) % 4)\n",
            "getitem": "def __getitem__(self, i):\n    return self.b[i]\n",
            "eq": f"def __eq__(self, other):\n    return isinstance(other, {name}) and self.a == other.a\n",
            "lt": "def __lt__(self, other):\n    return self.a < other.a\n",
            "add": f"def __add__(self, other):\n    return {name}(self.a + other.a, self.b + other.b)\n",
            "contains": "def __contains__(self, x):\n    return x == self.a\n",
            "property": "@property\ndef twice(self):\n    return self.a * 2\n",
            "static": "@staticmethod\ndef s(x):\n    return x + 1\n",
            "classmethod": "@classmethod\ndef make(cls, n):\n    return cls(n, 'm')\n",
        }
        for d in dunders:
            tmpl.body.append(ast.parse(src[d]).body[0])
        out: List[ast.stmt] = [tmpl]
        o, o2 = self.fresh("o"), self.fresh("o")
        out.append(ast.Assign([S(o)], call(name, self.expr(INT, env, 1), self.expr(STR, env, 1))))
        uses = [print_stmt(N(o)), print_stmt(meth(N(o), m, self.expr(INT, env, 1))),
                ast.AugAssign(ast.Attribute(N(o), "a", ast.Store()), ast.Add(), self.expr(INT, env, 1)),
                ast.Assign([ast.Attribute(N(o), "b", ast.Store())], self.expr(STR, env, 1)),
                print_stmt(call("getattr", N(o), C("a")), call("hasattr", N(o), C(self.pick(("a", "b", "c"))))),
                expr_stmt(call("setattr", N(o), C("a"), self.expr(INT, env, 0))),
                print_stmt(ast.Attribute(call("type", N(o)), "__name__", ast.Load()), call("isinstance", N(o), N(name)))]
        if self.chance(20):
            uses.append(ast.Delete([ast.Attribute(N(o), "b", ast.Del())]))
        if "len" in dunders:
            uses.append(print_stmt(call("len", N(o))))
        if "len" in dunders or "bool" in dunders:
            uses.append(print_stmt(call("bool", N(o)), ast.BoolOp(ast.And(), [N(o), self.expr(INT, env, 0)]),
                                   ast.BoolOp(ast.Or(), [N(o), self.expr(STR, env, 0)])))
            uses.append(ast.If(N(o), [print_stmt(C("truthy"))], [print_stmt(C("falsy"))]))
        if "iter" in dunders:
            x = self.fresh("x")
            uses += [print_stmt(call("list", N(o)), ast.List([ast.Starred(N(o), ast.Load())], ast.Load()),
                                call("sum", N(o))),
                     ast.For(S(x), N(o), [print_stmt(N(x))], []),
                     ast.Assign([ast.Tuple([S(self.fresh("u")), ast.Starred(S(self.fresh("u")), ast.Store())],
                                           ast.Store())], N(o))]
        if "getitem" in dunders:
            uses.append(print_stmt(ast.Subscript(N(o), C(self.int(-2, 3)), ast.Load())))
        if "contains" in dunders or "iter" in dunders:
            uses.append(print_stmt(ast.Compare(self.expr(INT, env, 0), [ast.In()], [N(o)])))
        if {"eq", "lt", "add"} & set(dunders):
            out.append(ast.Assign([S(o2)], call(name, self.expr(INT, env, 1), self.expr(STR, env, 0))))
            if "eq" in dunders:
                uses.append(print_stmt(ast.Compare(N(o), [ast.Eq()], [N(o2)]), ast.Compare(N(o), [ast.NotEq()], [N(o2)])))
            if "lt" in dunders:
                uses.append(print_stmt(call("sorted", ast.List([N(o2), N(o)], ast.Load())), call("max", N(o), N(o2))))
            if "add" in dunders:
                uses.append(print_stmt(binop(N(o), ast.Add(), N(o2))))
        if "property" in dunders:
            uses.append(print_stmt(ast.Attribute(N(o), "twice", ast.Load())))
        if "static" in dunders:
            uses.append(print_stmt(meth(N(name), "s", self.expr(INT, env, 1))))
        if "classmethod" in dunders:
            uses.append(print_stmt(meth(N(name), "make", self.expr(INT, env, 0))))
        self.shuffle_some(uses)
        out += uses[:self.int(2, min(len(uses), 6))]
        if self.chance(30):
            self.feature("subclass")
            sub = self.fresh("D")
            q = self.fresh("q")
            cls = ast.parse(f"class {sub}({name}):\n    def __init__(self, a):\n        super().__init__(a, 'dd')\n"
                            f"    def {m}(self, {q}):\n        return super().{m}({q}) + 1\n").body[0]
            out += [cls, print_stmt(meth(call(sub, self.expr(INT, env, 1)), m, self.expr(INT, env, 1))),
                    print_stmt(call("issubclass", N(sub), N(name)), call(sub, C(self.int(0, 5))))]
        v = self.fresh()
        out.append(ast.Assign([S(v)], ast.Attribute(N(o), "a", ast.Load())))
        env.define(v, INT)
        return out

    def s_extra(self, env):
        """One of the bigger snippets (classes, imports, asyncio, generator methods): drawn together, as one
        production, so that they do not crowd out the plain statements (or make programs twice as long)."""
        options = [self.s_import, self.s_with, self.s_with, self.s_match, self.s_match]
        if env.fn_nesting < 2 and env.loops_total == 0:
            options += [self.s_class, self.s_class, self.s_exception_class]
        if env.fn_nesting == 0 and env.loops_total == 0:
            options += [self.s_async]
        if env.of_type(GEN):
            options += [self.s_generator_ops, self.s_generator_ops]
        return self.pick(tuple(options))(env)

    def shuffle_some(self, items: list):
        """Move a few drawn items to the front (a cheap, shrinkable reordering)."""
        for _ in range(self.int(0, 3)):
            if len(items) > 1:
                items.insert(0, items.pop(self.int(0, len(items) - 1)))

    def s_exception_class(self, env):
        """A user exception class, raised and caught (or not)."""
        self.feature("exception_class")
        name = self.fresh("Err")
        base = self.pick(RAISABLE)
        if self.chance(50):
            cls = ast.parse(f"class {name}({base}):\n    pass\n").body[0]
        else:
            cls = ast.parse(f"class {name}({base}):\n    def __init__(self, code, msg=''):\n"
                            f"        super().__init__(msg)\n        self.code = code\n").body[0]
        arg = [self.expr(STR, env, 0)] if isinstance(cls.body[0], ast.Pass) else [self.expr(INT, env, 0), self.expr(STR, env, 0)]
        raise_ = ast.Raise(call(name, *arg), None)
        e = self.fresh("e")
        body = [print_stmt(ast.Attribute(call("type", N(e)), "__name__", ast.Load()), N(e),
                           call("isinstance", N(e), N(base)))]
        catch = self.pick((name, base, "Exception", "KeyError"))
        try_ = ast.Try([ast.If(self.expr(BOOL, env, 1), [raise_], []) if self.chance(30) else raise_],
                       [ast.ExceptHandler(N(catch), e, body)], [], [])
        self.statements += 3
        return [cls, try_]

    def s_with(self, env):
        """`with` over a guest context manager (one or two items), which may swallow the exception. The
        class (`CM`, defined once at the top of the program) behaves by its tag: __enter__ returns the tag
        for 'a' and 'b', the manager itself for 'c' and 'd'; __exit__ swallows everything for 'b' and 'd',
        a KeyError for 'c'."""
        self.feature("with")
        self.uses_cm = True
        body_env = env.block()
        body_env.in_finally_try = True  # no yield inside: a suspended generator's exit runs at collection
        items = []
        for _ in range(self.int(1, 2)):
            tag = self.pick(("a", "b", "c", "d"))
            target = None
            if self.chance(70):
                target = self.fresh("t")
                if tag in "ab":
                    body_env.define(target, STR, deletable=False)
            items.append(ast.withitem(call("CM", C(tag)), S(target) if target else None))
        body = self.block(body_env, 1, 3, tail=self.maybe_raise if self.chance(40) else None)
        return [ast.With(items, body)]

    def s_match(self, env):
        """`match` on a value of a drawn type, with literal, capture, sequence, mapping, class, or, as and
        guarded patterns (an irrefutable pattern only last)."""
        self.feature("match")
        t = self.pick((INT, STR, LIST, TUPLE, DICT, LSTR, BOOL, FLOAT, NONE))
        subject = self.expr(t, env, 1)
        cases = []
        for i in range(self.int(1, 3)):
            case_env = env.block()
            pattern = self.pattern(t, case_env)
            guard = self.expr(BOOL, case_env, 1) if self.chance(25) else None
            cases.append(ast.match_case(pattern, guard, self.block(case_env, 1, 2)))
        if self.chance(50):
            last_env = env.block()
            name = None
            if self.chance(50):
                name = self.fresh("m")
                last_env.define(name, t, deletable=False)
            cases.append(ast.match_case(ast.MatchAs(None, name), None, self.block(last_env, 1, 2)))
        return [ast.Match(subject, cases)]

    def pattern(self, t: str, env: Env) -> ast.pattern:
        def literal(tt):
            value = self.lit(tt, env)
            if isinstance(value, ast.Constant) and (value.value is None or isinstance(value.value, bool)):
                return ast.MatchSingleton(value.value)
            if isinstance(value, (ast.Constant, ast.UnaryOp)):
                return ast.MatchValue(value)
            return ast.MatchValue(C(0))

        def capture(tt):
            name = self.fresh("m")
            env.define(name, tt, deletable=False)
            return ast.MatchAs(None, name)

        kind = self.pick(("literal", "or", "class", "as", "shape", "shape"))
        if kind == "literal" and t in (INT, STR, FLOAT, BOOL, NONE):
            return literal(t)
        if kind == "or" and t in (INT, STR, BOOL, NONE):
            return ast.MatchOr([literal(t) for _ in range(self.int(2, 3))])
        if kind == "as" and t in (INT, STR):
            return ast.MatchAs(ast.MatchOr([literal(t), literal(t)]), capture(t).name)
        cls_name = {INT: "int", STR: "str", LIST: "list", TUPLE: "tuple", DICT: "dict", LSTR: "list",
                    BOOL: "bool", FLOAT: "float", NONE: "str"}[t]
        if kind == "class" or t in (INT, STR, BOOL, FLOAT, NONE):
            other = self.pick((cls_name, cls_name, "int", "str", "list", "dict"))
            sub = [capture(t)] if other == cls_name and t != NONE and self.chance(50) else []
            return ast.MatchClass(N(other), sub, [], [])
        if t in (LIST, TUPLE, LSTR):
            el, rest_t = (STR, LSTR) if t == LSTR else (INT, LIST)
            items = [capture(el) if self.chance(60) else (literal(el) if self.chance(50) else ast.MatchAs(None, None))
                     for _ in range(self.int(0, 3))]
            if self.chance(40):
                star = self.fresh("r") if self.chance(60) else None
                if star:
                    env.define(star, rest_t, deletable=False)
                items.insert(self.int(0, len(items)), ast.MatchStar(star))
            return ast.MatchSequence(items)
        # DICT
        keys = sorted({self.pick(KEY_POOL) for _ in range(self.int(0, 2))})
        rest = None
        if self.chance(40):
            rest = self.fresh("r")
            env.define(rest, DICT, deletable=False)
        return ast.MatchMapping([C(k) for k in keys], [capture(INT) for _ in keys], rest)

    def s_import(self, env):
        """An import of a (cheap) module of the sandbox's standard library, and a call of it."""
        self.feature("import")
        lst, ints = self.expr(LIST, env, 1), self.expr(INT, env, 1)
        uses = {
            "math": [("math.gcd(a, b)", INT), ("math.isqrt(abs(a))", INT), ("math.factorial(abs(a) % 8)", INT),
                     ("math.floor(f)", INT), ("math.ceil(f)", INT), ("math.comb(abs(a) % 9, abs(b) % 5)", INT),
                     ("math.prod(xs)", INT), ("math.fsum([f, 0.1])", FLOAT), ("math.copysign(f, a)", FLOAT),
                     ("math.trunc(f)", INT)],
            "itertools": [("list(itertools.accumulate(xs))", LIST), ("list(itertools.chain(xs, [a]))", LIST),
                          ("list(itertools.islice(xs, abs(a) % 4))", LIST),
                          ("[x + y for x, y in itertools.product(xs[:2], repeat=2)]", LIST),
                          ("[len(c) for c in itertools.combinations(xs[:4], 2)]", LIST)],
            "functools": [("functools.reduce(lambda x, y: x * 2 + y, xs, a)", INT),
                          ("functools.partial(max, a)(b)", INT)],
            "heapq": [("heapq.nsmallest(2, xs)", LIST), ("heapq.nlargest(abs(a) % 3, xs)", LIST)],
            "bisect": [("bisect.bisect_left(sorted(xs), a)", INT), ("bisect.bisect_right(sorted(xs), b)", INT)],
            "operator": [("operator.add(a, b)", INT), ("operator.mul(a, b)", INT), ("operator.neg(a)", INT),
                         ("sorted(xs, key=operator.neg)", LIST)],
        }
        module = self.pick(tuple(uses))
        text, t = self.pick(tuple(uses[module]))
        a, b, f = self.fresh("a"), self.fresh("b"), self.fresh("f")
        xs = self.fresh("xs")
        out = [ast.Assign([S(xs)], lst), ast.Assign([S(a)], ints), ast.Assign([S(b)], self.expr(INT, env, 0)),
               ast.Assign([S(f)], self.expr(FLOAT, env, 0))]
        out.append(ast.Import([ast.alias(module)]))
        if module == "heapq" and self.chance(50):
            out += ast.parse(f"heapq.heapify({xs})\nif {xs}:\n    print(heapq.heappop({xs}))\n"
                             f"heapq.heappush({xs}, {a})\n").body
        v = self.fresh()
        expr = ast.parse(_rename(text, {"xs": xs, "a": a, "b": b, "f": f}), mode="eval").body
        out.append(ast.Assign([S(v)], expr))
        for name, tt in ((xs, LIST), (a, INT), (b, INT), (f, FLOAT), (v, t)):
            env.define(name, tt)
        self.statements += 3
        return out

    def s_async(self, env):
        """asyncio.run of a coroutine awaiting other coroutines, gather, `async with` and `async for`."""
        self.feature("async")
        co, main = self.fresh("co"), self.fresh("amain")
        p = self.fresh("p")
        await_sleep = ast.parse("await asyncio.sleep(0)").body[0]
        coro = self.method(env, co, [Param(p, "normal", INT)], INT, head=[await_sleep], with_self=False,
                           is_async=True)
        out: List[ast.stmt] = [ast.Import([ast.alias("asyncio")]), coro]
        body = ast.parse(f"x = await {co}(0)\nr = await asyncio.gather({co}(1), {co}(2))\nprint(x, r)\n").body
        body[0].value.value.args = [self.expr(INT, env, 1)]
        if self.chance(50):
            cm = self.fresh("ACM")
            out.append(ast.parse(
                f"class {cm}:\n    async def __aenter__(self):\n        print('aenter')\n        return 5\n"
                f"    async def __aexit__(self, et, ev, tb):\n        print('aexit', type(ev).__name__)\n"
                f"        return {self.pick(('False', 'True'))}\n").body[0])
            inner = [print_stmt(N("v"))] + ([ast.parse("raise ValueError('in async with')").body[0]] if self.chance(30) else [])
            body.append(ast.AsyncWith([ast.withitem(call(cm), S("v"))], inner))
        if self.chance(50):
            it = self.fresh("AIt")
            out.append(ast.parse(
                f"class {it}:\n    def __init__(self, n):\n        self.n = n\n        self.i = 0\n"
                f"    def __aiter__(self):\n        return self\n"
                f"    async def __anext__(self):\n        if self.i >= self.n:\n            raise StopAsyncIteration\n"
                f"        self.i += 1\n        return self.i * 10\n").body[0])
            body.append(ast.AsyncFor(S("i"), call(it, C(self.int(0, 3))), [print_stmt(C("i"), N("i"))], []))
        body.append(ast.Return(ast.parse("x + sum(r)", mode="eval").body))
        out.append(ast.AsyncFunctionDef(main, ast.arguments([], [], None, [], [], None, []), body, [], None, None))
        v = self.fresh()
        out.append(ast.Assign([S(v)], ast.parse(f"asyncio.run({main}())", mode="eval").body))
        env.define(v, INT)
        self.statements += 10
        return out

    def s_generator_ops(self, env):
        """send, throw and close on a generator object (and what they raise)."""
        gens = env.of_type(GEN)
        if not gens:
            raise Stop
        self.feature("generator_ops")
        it = self.use(env, self.pick(gens))
        e = self.fresh("e")
        kind = self.pick(("send", "throw", "close"))
        if kind == "send":
            op = meth(it, "send", self.expr(INT, env, 0) if self.chance(50) else C(None))
        elif kind == "throw":
            op = meth(it, "throw", call(self.pick(("ValueError", "KeyError", "RuntimeError")), self.expr(STR, env, 0)))
        else:
            op = meth(it, "close")
        handler = ast.ExceptHandler(N("Exception"), e, [print_stmt(C(kind), ast.Attribute(call("type", N(e)), "__name__",
                                                                                            ast.Load()), N(e))])
        return [ast.Try([print_stmt(op)], [handler], [], [])]

    # ------------------------------------------------------------------ program
    def program(self) -> Program:
        env = Env({}, set())
        body = self.block(env, 1, 10)
        final_t = self.pick(DATA_TYPES)
        final = ast.Expr(self.expr(final_t, env, self.int(0, 2)))
        body.append(final)
        if self.uses_cm:
            body[:0] = ast.parse(CM_SOURCE).body
        if self.uses_sys:
            body.insert(0, ast.Import([ast.alias("sys")]))
        module = ast.Module(body, [])
        try:
            source = unparse(module) + "\n"
        except ValueError:  # an f-string field that cannot be written without a backslash (rare)
            self.data.mark_invalid("f-string field needs a backslash")
        return Program(source, frozenset(self.features), self.statements)


class ProgramStrategy(SearchStrategy):
    def __init__(self, host_functions=()):
        super().__init__()
        self.host_functions = tuple(host_functions)

    def do_draw(self, data) -> Program:
        return Gen(data, self.host_functions).program()

    def __repr__(self):
        return f"programs(host_functions={self.host_functions!r})"


class Invalid(Exception):
    """`RandomChoices.mark_invalid`: this draw makes no program (rare); draw another."""


class RandomChoices:
    """A stand-in for hypothesis's ConjectureData that draws from `random.Random`, for the long run's
    throughput mode: drawing through hypothesis costs about as much as running the program on both sides.

    It records every choice (`choices`), in the form hypothesis uses (ints and bools), so a program found
    divergent can be replayed through hypothesis (`ConjectureData.for_choices`) and shrunk there.
    """

    def __init__(self, rng):
        self._randint = rng.randint
        self._random = rng.random
        self.choices: list = []

    def draw_integer(self, lo, hi, shrink_towards=0):
        value = self._randint(lo, hi)
        self.choices.append(value)
        return value

    def draw_boolean(self, p=0.5):
        value = self._random() < p
        self.choices.append(value)
        return value

    def start_span(self, label):
        pass

    def stop_span(self, discard=False):
        pass

    def mark_invalid(self, why=None):
        raise Invalid(why)

    def draw(self, strategy):  # pragma: no cover - the generator draws only integers and booleans
        raise NotImplementedError("RandomChoices draws integers and booleans only")


def random_program(rng, host_functions=(), max_statements: Optional[int] = None) -> tuple:
    """(Program, choices): one program drawn with `random.Random` `rng` instead of hypothesis (see
    `RandomChoices`). `replay(choices, host_functions, max_statements)` draws the same program through
    hypothesis."""
    while True:
        data = RandomChoices(rng)
        try:
            return Gen(data, host_functions, max_statements).program(), data.choices
        except Invalid:
            continue


def random_size(rng) -> int:
    """A statement cap for one program of the long run's random driver: uniform in [6, 24] (at most
    MAX_STATEMENTS). Drawn uniformly, the generator's choices make bigger programs than hypothesis does
    (hypothesis favours small draws and discards long choice sequences); a cap drawn per program gives
    about hypothesis's size distribution (mean 35 lines against its 32 in the runner; see docs/fuzzing.md),
    with programs of every size."""
    hi = min(24, Gen.MAX_STATEMENTS)
    return rng.randint(min(6, hi), hi)


def replay(data_or_choices, host_functions=(), max_statements: Optional[int] = None) -> Program:
    """The program that `choices` (from `random_program`) make, drawn through hypothesis's ConjectureData
    (or the program drawn from a given ConjectureData)."""
    data = data_or_choices
    if isinstance(data, (list, tuple)):
        from hypothesis.internal.conjecture.data import ConjectureData

        data = ConjectureData.for_choices(data)
    return Gen(data, host_functions, max_statements).program()


def programs(host_functions=()) -> SearchStrategy:
    """A strategy for `Program`s: valid, deterministic, terminating programs of the subset."""
    return ProgramStrategy(host_functions)
