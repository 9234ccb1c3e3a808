"""Finish shrinking a divergent program at the level of its syntax tree.

Hypothesis shrinks the generator's choices, which is slow for long programs (each attempt regenerates the
program and runs it on both sides) and its time is capped (`cap_shrinking`). This reducer then works on the
program text directly, delta-debugging style, keeping a change only while the divergence keeps its
signature:

1. delete statements (anywhere; an emptied body becomes `pass`), largest chunks first;
2. replace a compound statement by its body (`if`/`for`/`while`/`try`/`else`/`finally`);
3. replace an expression by one of its sub-expressions or by a small constant;
4. drop unused arguments and keyword arguments, list elements and such.

Every candidate is checked by running it on both sides, so the result still diverges for the same reason.
"""

from __future__ import annotations

import ast
import copy
import time
import warnings
from typing import Callable, Iterator, List, Optional

from fuzz.strategies import unparse

SIMPLE = (ast.Constant(0), ast.Constant(""), ast.Constant(None), ast.List([], ast.Load()), ast.Constant(True))


def cap_shrinking(seconds: float):
    """Make hypothesis give up shrinking after `seconds` (its default is 300)."""
    try:
        from hypothesis.internal.conjecture import engine

        engine.MAX_SHRINKING_SECONDS = seconds
    except Exception:  # noqa: BLE001 - an internal constant: a best effort
        pass


def _bodies(tree) -> Iterator[tuple]:
    """(node, field) for every statement list in the tree."""
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody", "handlers"):
            value = getattr(node, name, None)
            if isinstance(value, list) and value and isinstance(value[0], (ast.stmt, ast.ExceptHandler)):
                yield node, name


def _size(source: str) -> tuple:
    return (sum(1 for _ in ast.walk(ast.parse(source))), len(source))


def _render(tree) -> Optional[str]:
    """The candidate's text, or None if it does not compile cleanly (a SyntaxWarning counts as failure:
    CPython would print it to stderr)."""
    try:
        source = unparse(tree) + "\n"
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(source, "main.py", "exec")
        return source
    except (SyntaxError, SyntaxWarning, ValueError, TypeError, AttributeError, RecursionError):
        return None


class Reducer:
    def __init__(self, source: str, still_diverges: Callable[[str], bool], budget_seconds: float = 30.0):
        self.source = source
        self.check = still_diverges
        self.deadline = time.perf_counter() + budget_seconds
        self.tried = 0
        self.seen = {source}

    def out_of_time(self) -> bool:
        return time.perf_counter() > self.deadline

    def attempt(self, tree) -> bool:
        """Keep `tree` if it is smaller (fewer nodes, then fewer characters) and still diverges."""
        source = _render(tree)
        if source is None or source in self.seen or _size(source) >= _size(self.source):
            return False
        self.seen.add(source)
        self.tried += 1
        if self.check(source):
            self.source = source
            return True
        return False

    def run(self) -> str:
        changed = True
        while changed and not self.out_of_time():
            changed = False
            for step in (self.delete_statements, self.unwrap_compound, self.drop_parameters,
                         self.simplify_expressions):
                if self.out_of_time():
                    break
                if step():
                    changed = True
        return self.source

    # passes: each works on a fresh parse of the current source and returns whether it made progress
    def delete_statements(self) -> bool:
        progress = False
        chunk = 8
        while chunk >= 1 and not self.out_of_time():
            tree = ast.parse(self.source)
            targets = list(_bodies(tree))
            done_any = False
            for index in range(len(targets)):
                tree = ast.parse(self.source)
                targets = list(_bodies(tree))
                if index >= len(targets):
                    break
                node, name = targets[index]
                stmts = getattr(node, name)
                start = 0
                while start < len(stmts) and not self.out_of_time():
                    candidate = copy.deepcopy(tree)
                    cnode, cname = list(_bodies(candidate))[index]
                    cstmts = getattr(cnode, cname)
                    del cstmts[start:start + chunk]
                    if not cstmts:
                        if cname == "handlers":
                            start += chunk
                            continue
                        if cname in ("orelse", "finalbody") or isinstance(cnode, ast.Module):
                            setattr(cnode, cname, [] if not isinstance(cnode, ast.Module) else [ast.Pass()])
                        else:
                            setattr(cnode, cname, [ast.Pass()])
                    if isinstance(cnode, ast.Try) and not cnode.handlers and not cnode.finalbody:
                        start += chunk
                        continue
                    if self.attempt(candidate):
                        progress = done_any = True
                        tree = ast.parse(self.source)
                        targets = list(_bodies(tree))
                        if index >= len(targets):
                            break
                        node, name = targets[index]
                        stmts = getattr(node, name)
                    else:
                        start += chunk
            if not done_any:
                chunk //= 2
        return progress

    def unwrap_compound(self) -> bool:
        progress = False
        index = 0
        while not self.out_of_time():
            tree = ast.parse(self.source)
            compounds = [(parent, name, i) for parent, name in _bodies(tree) if name != "handlers"
                         for i, s in enumerate(getattr(parent, name))
                         if isinstance(s, (ast.If, ast.For, ast.While, ast.Try, ast.FunctionDef))]
            if index >= len(compounds):
                return progress
            parent, name, i = compounds[index]
            stmt = getattr(parent, name)[i]
            replacements = []
            if isinstance(stmt, ast.FunctionDef):
                replacements = []
            else:
                replacements.append(stmt.body)
                if getattr(stmt, "orelse", None):
                    replacements.append(stmt.orelse)
                if isinstance(stmt, ast.Try):
                    if stmt.finalbody:
                        replacements.append(stmt.finalbody)
                    for h in stmt.handlers:
                        replacements.append(h.body)
                    if stmt.handlers and stmt.finalbody:
                        replacements.append([ast.Try(stmt.body, stmt.handlers, stmt.orelse, [])])
                        replacements.append([ast.Try(stmt.body, [], [], stmt.finalbody)])
                elif getattr(stmt, "orelse", None):
                    clone = copy.copy(stmt)
                    clone.orelse = []
                    replacements.append([clone])
            ok = False
            for repl in replacements:
                candidate = ast.parse(self.source)
                cparent, cname, ci = [(p, n, j) for p, n in _bodies(candidate) if n != "handlers"
                                      for j, s in enumerate(getattr(p, n))
                                      if isinstance(s, (ast.If, ast.For, ast.While, ast.Try, ast.FunctionDef))][index]
                body = getattr(cparent, cname)
                body[ci:ci + 1] = copy.deepcopy(repl)
                if self.attempt(candidate):
                    ok = progress = True
                    break
            if not ok:
                index += 1
        return progress

    def drop_parameters(self) -> bool:
        """Remove parameters (and their defaults) of functions and lambdas, and decorators."""
        progress = False
        index = 0
        while not self.out_of_time():
            tree = ast.parse(self.source)
            options = []
            for fn_index, fn in enumerate(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Lambda))):
                a = fn.args
                options += [(fn_index, "posonlyargs", i) for i in range(len(a.posonlyargs))]
                options += [(fn_index, "args", i) for i in range(len(a.args))]
                options += [(fn_index, "kwonlyargs", i) for i in range(len(a.kwonlyargs))]
                options += [(fn_index, name, 0) for name in ("vararg", "kwarg") if getattr(a, name)]
                options += [(fn_index, "decorator", 0)] if getattr(fn, "decorator_list", None) else []
            if index >= len(options):
                return progress
            fn_index, name, i = options[index]
            candidate = ast.parse(self.source)
            fn = [n for n in ast.walk(candidate) if isinstance(n, (ast.FunctionDef, ast.Lambda))][fn_index]
            a = fn.args
            if name == "decorator":
                fn.decorator_list = []
            elif name in ("vararg", "kwarg"):
                setattr(a, name, None)
            elif name == "kwonlyargs":
                del a.kwonlyargs[i]
                del a.kw_defaults[i]
            else:
                positional = a.posonlyargs + a.args
                at = i if name == "posonlyargs" else len(a.posonlyargs) + i
                first_default = len(positional) - len(a.defaults)
                if at >= first_default:
                    del a.defaults[at - first_default]
                del getattr(a, name)[i]
            if self.attempt(candidate):
                progress = True
            else:
                index += 1
        return progress

    def simplify_expressions(self) -> bool:
        progress = False
        index = 0
        while not self.out_of_time():
            tree = ast.parse(self.source)
            exprs = [n for n in ast.walk(tree) if isinstance(n, ast.expr) and not isinstance(n, ast.Constant)
                     and not isinstance(getattr(n, "ctx", None), (ast.Store, ast.Del))]
            if index >= len(exprs):
                return progress
            ok = False
            for repl in self._replacements(exprs[index]):
                candidate = ast.parse(self.source)
                cexprs = [n for n in ast.walk(candidate) if isinstance(n, ast.expr) and not isinstance(n, ast.Constant)
                          and not isinstance(getattr(n, "ctx", None), (ast.Store, ast.Del))]
                if not _replace(candidate, cexprs[index], repl):
                    continue
                if self.attempt(candidate):
                    ok = progress = True
                    break
            if not ok:
                index += 1
        return progress

    @staticmethod
    def _replacements(node) -> List[ast.expr]:
        out = []
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr) and not isinstance(getattr(child, "ctx", None), ast.Store):
                out.append(copy.deepcopy(child))
        if isinstance(node, ast.Call):
            for i in range(len(node.args)):
                clone = copy.deepcopy(node)
                del clone.args[i]
                out.append(clone)
            for i in range(len(node.keywords)):
                clone = copy.deepcopy(node)
                del clone.keywords[i]
                out.append(clone)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and node.elts:
            for i in range(len(node.elts)):
                clone = copy.deepcopy(node)
                del clone.elts[i]
                out.append(clone)
        if isinstance(node, ast.Dict) and node.keys:
            for i in range(len(node.keys)):
                clone = copy.deepcopy(node)
                del clone.keys[i]
                del clone.values[i]
                out.append(clone)
        out += [copy.deepcopy(c) for c in SIMPLE]
        return out


def _replace(tree, target, replacement) -> bool:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is target:
                setattr(parent, name, replacement)
                return True
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is target:
                        value[i] = replacement
                        return True
    return False


def reduce_source(source: str, still_diverges: Callable[[str], bool], budget_seconds: float = 30.0) -> str:
    return Reducer(source, still_diverges, budget_seconds).run()


def shrink_choices(choices, make_source: Callable, still_diverges: Callable[[str], bool],
                   budget_seconds: float = 20.0) -> Optional[str]:
    """Hypothesis's shrinker on a choice sequence found outside hypothesis (the long run's random driver):
    the smallest program `make_source(data)` (drawing from a ConjectureData) makes that still diverges,
    or None if hypothesis cannot replay the choices (an internal API: a best effort; the syntax-level
    reducer runs afterwards anyway)."""
    try:
        from hypothesis import HealthCheck, Phase, Verbosity, settings
        from hypothesis.internal.conjecture.data import Status
        from hypothesis.internal.conjecture.engine import ConjectureRunner
    except ImportError:  # pragma: no cover - another hypothesis
        return None
    import random

    best = []  # the smallest diverging source seen
    stop_at = time.perf_counter() + budget_seconds

    def test_function(data):
        if time.perf_counter() > stop_at:  # the budget is ours to keep: hypothesis's own deadline
            data.mark_invalid("shrink budget spent")  # attribute is not honoured by every version
        try:
            source = make_source(data)
        except Exception:  # noqa: BLE001 - e.g. the generator's own `Invalid`: not a program
            data.mark_invalid("no program")
        if still_diverges(source):
            if not best or _size(source) < _size(best[0]):
                best[:] = [source]
            data.mark_interesting(_ORIGIN)

    config = settings(database=None, deadline=None, verbosity=Verbosity.quiet, phases=[Phase.shrink],
                      suppress_health_check=list(HealthCheck), max_examples=10_000)
    try:
        runner = ConjectureRunner(test_function, settings=config, random=random.Random(0))
        runner.finish_shrinking_deadline = time.perf_counter() + budget_seconds
        first = runner.cached_test_function(list(choices))
        if getattr(first, "status", None) != Status.INTERESTING:
            return None
        runner.shrink(first, lambda d: d.status == Status.INTERESTING)
    except Exception:  # noqa: BLE001 - RunIsComplete (the deadline) or a changed internal API
        pass
    return best[0] if best else None


class _Origin(Exception):
    pass


try:
    from hypothesis.internal.escalation import InterestingOrigin

    _ORIGIN = InterestingOrigin.from_exception(_Origin())
except Exception:  # noqa: BLE001 - another hypothesis
    _ORIGIN = None
