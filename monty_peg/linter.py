"""Lint: every problem monty_peg can find in a program without running it, in one pass.

Agent frameworks hand an LLM's code to `lint()` before running it, and hand the diagnostics back to the
LLM to fix. So lint reports all it can, not just the first problem, each with a stable code, an exact
position and, where there is one, a hint (the codes are documented in `docs/lint.md`):

- the compiler's own diagnostics, from the same grammar, lowering and resolver that the interpreter uses
  (no second parser): syntax errors with the tokens the parser expected (E001), invalid constructs
  (E002), scope errors (E003), code generation limits (E004) and refused constructs (U001);
- after a syntax error, the offending logical line is replaced by a statement of the same shape (`pass`,
  or `if True:` when it opens a block) and the text is parsed again, a bounded number of times, so later
  syntax errors and the problems below are still found;
- checks on the lowered program: imports of modules the sandbox does not provide (L001), calls of names
  that are neither defined, builtins nor declared host functions (L002), reads of undefined names (L003),
  refused builtins such as `eval` or `open` (L004), and dunder attributes guest code cannot reach (L005).

Imported lazily (`monty_peg.lint` is resolved on first use), so `import monty_peg` does not pay for it.
The module is `linter`, not `lint`, so that importing it never shadows the `monty_peg.lint` function.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from . import ir
from .errors import Diagnostic
from .parse import normalize_source, parse_module, source_line
from .resolve import CELL, CLASS_LOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, resolve

MAX_SYNTAX_ERRORS = 12  # re-parses after syntax errors: each costs a full parse

# Stable codes: (title, the CPython exception the problem raises or would raise). docs/lint.md lists them.
CODES: Dict[str, Tuple[str, str]] = {
    "E001": ("syntax error (the tokenizer or the parser)", "SyntaxError"),
    "E002": ("invalid construct found while lowering (targets, literals, arguments...)", "SyntaxError"),
    "E003": ("scope error (return/yield outside a function, global/nonlocal misuse, nesting limits)",
             "SyntaxError"),
    "E004": ("code generation limit (a program or function too large to compile)", "SyntaxError"),
    "U001": ("construct monty_peg parses but does not run", "SyntaxError"),
    "L001": ("import of a module the sandbox does not provide", "ModuleNotFoundError"),
    "L002": ("call of a name that is not defined, not a builtin and not a declared host function",
             "NameError"),
    "L003": ("read of a name that is not defined, not a builtin and not a declared input", "NameError"),
    "L004": ("use of a builtin the sandbox refuses (eval, exec, open, ...)", "NameError"),
    "L005": ("dunder attribute or name guest code cannot reach", "AttributeError"),
}

_MODULE_NAMES = frozenset({"__name__", "__doc__"})  # globals every program starts with
_ATTR_BUILTINS = frozenset({"getattr", "setattr", "hasattr", "delattr"})
_REFUSED_HINTS = {
    "open": "the sandbox has no files: pass the content in as an input, or declare a host function",
    "input": "there is no standard input: pass the value in as an input",
    "eval": "write the code directly",
    "exec": "write the code directly",
    "compile": "write the code directly",
    "__import__": "use an import statement",
    "globals": "refer to the variables by name",
    "locals": "refer to the variables by name",
    "vars": "refer to the attributes by name",
    "exit": "return from a function or raise SystemExit",
    "quit": "return from a function or raise SystemExit",
}
_IDENT = re.compile(r"[^\W\d]\w*")


def lint(code: str, external_functions: Iterable[str] = (), inputs: Iterable[str] = (), *,
         filename: str = "main.py") -> List[Diagnostic]:
    """Every problem found in `code` without running it, sorted by position.

    `external_functions` and `inputs` are the names the host will provide (as for `Monty(...)`); calls and
    reads of other names that are neither defined by the program nor builtins are reported.
    """
    text = normalize_source(code)
    return _Linter(text, filename, set(external_functions), set(inputs)).run()


class _Linter:
    def __init__(self, text: str, filename: str, externals: Set[str], inputs: Set[str]):
        self.text = text
        self.filename = filename
        self.externals = externals
        self.inputs = inputs
        self.found: List[Diagnostic] = []
        self.assumed: Set[str] = set()  # names on lines replaced after a syntax error: maybe defined there
        self.tainted: Set[int] = set()  # lines recovery moved: other problems there are echoes of the error

    def run(self) -> List[Diagnostic]:
        module, compiler = self._parse()
        self.found.extend(compiler)
        if module is not None:
            resolution = resolve(module, self.found)
            if not self.found:
                self._codegen(module, resolution)
            _Checks(self, module, resolution).run()
        unique = {}
        for d in self.found:
            if d.line in self.tainted and d.code != "E001":
                continue
            if d.hint and d.hint == d.message:  # "expected ':'" needs no hint saying the same
                d = dataclasses.replace(d, hint=None)
            unique.setdefault((d.line, d.column, d.code, d.message), d)
        return sorted(unique.values(), key=lambda d: (d.line, d.column, d.code, d.message))

    # ---------------------------------------------------------------- parsing, with recovery

    def _parse(self):
        """(module or None, diagnostics). A syntax error stops a parse; each one is recorded and its
        logical line replaced, and the text parsed again, until it parses or recovery cannot go on."""
        lines = self.text.split("\n")
        syntax: List[Diagnostic] = []
        seen = set()
        replaced: Set[int] = set()
        found: List[Diagnostic] = []
        rounds = MAX_SYNTAX_ERRORS if len(self.text) < 50_000 else 4  # each round parses all of it again
        for _ in range(rounds):
            found = []
            module = parse_module("\n".join(lines), self.filename, found)
            if module is not None:
                return module, syntax + found
            error = found.pop()  # the syntax error; lowering's diagnostics before it stay in `found`
            key = (error.line, error.message)
            if key in seen or error.line in replaced:
                break  # recovery made no progress: the rest of this error is an echo of the last one
            seen.add(key)
            syntax.append(error)
            if not self._recover(lines, error, replaced):
                break
        return None, syntax + found

    def _recover(self, lines: List[str], error: Diagnostic, replaced: Set[int]) -> bool:
        """Change the text around a syntax error, keeping every line where it is, so that parsing can go
        on past it; False if it cannot."""
        message = error.message
        if message.startswith(("source code cannot contain null bytes", "source is too long", "too many")):
            return False
        logical = _LogicalLines(lines)
        if "was never closed" in message or message.startswith("unterminated triple-quoted"):
            # the rest of the text belongs to the unfinished construct: drop it, keep what came before
            first, _ = logical.span(error.line)
            self._assume(lines, first, len(lines))
            self._blank(lines, first, len(lines), replaced)
            return True
        if error.kind == "TabError":
            for n, line in enumerate(lines):
                body = line.lstrip(" \t\f")
                if "\t" in line[:len(line) - len(body)]:
                    lines[n] = " " * _indent(line) + body
            return True
        if message.startswith("expected an indented block"):
            match = re.search(r"on line (\d+)", message)
            first, last = logical.span(int(match.group(1)) if match else max(error.line - 1, 1))
            code_end = logical.code_end(last)
            if not lines[last - 1][:code_end].rstrip().endswith(":"):
                return False
            lines[last - 1] = lines[last - 1][:code_end].rstrip() + " pass"  # a one-line body
            replaced.update(range(first, last + 1))
            self.tainted.update(range(*logical.span(error.line)))
            self.tainted.add(logical.span(error.line)[1])
            return True
        if message.startswith("expected 'except' or 'finally' block"):
            width = _indent(lines[error.line - 1]) if error.line <= len(lines) else 0
            for n in range(min(error.line, len(lines)) - 1, 0, -1):
                if _indent(lines[n - 1]) <= width and re.match(r"\s*try\s*:", lines[n - 1]):
                    lines[n - 1] = re.sub(r"try\s*:", "if True:", lines[n - 1], count=1)
                    replaced.add(n)
                    return True
            return False
        if message == "unexpected indent":
            first, last = logical.span(error.line)
            width = _indent(lines[first - 1])
            end = last
            while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) >= width):
                end += 1
            self._assume(lines, first, end)
            self._blank(lines, first, end, replaced)
            return True
        if message.startswith("unindent does not match"):
            # move the block back to the enclosing level it was probably meant for
            line = min(error.line, len(lines))
            width = _indent(lines[line - 1])
            target = 0
            for n in range(line - 1, 0, -1):
                text = lines[n - 1]
                if text.strip() and not text.lstrip().startswith("#") and _indent(text) < width:
                    target = _indent(text)
                    break
            n = line
            while n <= len(lines) and (not lines[n - 1].strip() or _indent(lines[n - 1]) >= width):
                text = lines[n - 1]
                if text.strip():
                    lines[n - 1] = " " * (target + _indent(text) - width) + text.lstrip(" \t\f")
                replaced.add(n)
                self.tainted.add(n)
                n += 1
            return True
        first, last = logical.span(error.line)
        head = lines[first - 1]
        indent = head[:len(head) - len(head.lstrip())]
        following = logical.next_code_line(last)
        opens_block = following is not None and _indent(lines[following - 1]) > _indent(head)
        word = _IDENT.match(head.lstrip())
        word = word.group(0) if word else ""
        if opens_block:
            replacement = "if True:"
            if error.line != first or error.column > len(indent) + 1:  # the clause itself is fine
                replacement = {"elif": "elif True:", "else": "else:", "except": "except Exception:",
                               "finally": "finally:", "case": "case _:"}.get(word, replacement)
        else:
            replacement = "pass"
        self._assume(lines, first, last)
        self._blank(lines, first, last, replaced)
        lines[first - 1] = indent + replacement
        return True

    def _assume(self, lines, first, last):
        for n in range(first, last + 1):
            self.assumed.update(_IDENT.findall(lines[n - 1]))

    @staticmethod
    def _blank(lines, first, last, replaced):
        for n in range(first, last + 1):
            lines[n - 1] = ""
            replaced.add(n)

    def _codegen(self, module, resolution):
        from monty_peg.runtime.code import Source

        from .codegen import generate

        generate(module, resolution, Source(self.filename, self.text), self.found)

    def add(self, code: str, message: str, span: Sequence[int], hint: Optional[str] = None):
        """A diagnostic from a 0-based-column span (as IR nodes carry)."""
        line, col, end_line, end_col = span
        self.found.append(Diagnostic(code, message, line, col + 1, end_line, end_col + 1, hint, CODES[code][1]))


def _indent(line: str) -> int:
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width = (width // 8 + 1) * 8
        elif ch == "\f":
            width = 0
        else:
            break
    return width


class _LogicalLines:
    """Which physical lines make up each logical line: a scan for brackets, strings, comments and
    backslash continuations (a line scanner for recovery, not a second parser: it decides nothing about
    what is valid)."""

    def __init__(self, lines: List[str]):
        self.lines = lines
        n = len(lines)
        self.start = list(range(1, n + 1))  # physical line -> first line of its logical line
        self.comment = [None] * n  # physical line -> column where a comment starts
        self.continued = [False] * n  # the logical line goes on after this physical line
        depth = 0
        quote = None  # the open string's delimiter
        first = 1
        for i, line in enumerate(lines):
            self.start[i] = first
            j = 0
            while j < len(line):
                ch = line[j]
                if quote is not None:
                    if ch == "\\":
                        j += 2
                        continue
                    if line.startswith(quote, j):
                        j += len(quote)
                        quote = None
                        continue
                    j += 1
                    continue
                if ch == "#":
                    self.comment[i] = j
                    break
                if ch in "'\"":
                    quote = ch * 3 if line.startswith(ch * 3, j) else ch
                    j += len(quote)
                    continue
                if ch in "([{":
                    depth += 1
                elif ch in ")]}":
                    depth = max(depth - 1, 0)
                j += 1
            if quote is not None and len(quote) == 1:
                quote = None  # an unterminated short string ends with its line
            backslash = self.comment[i] is None and line.rstrip(" \t").endswith("\\")
            self.continued[i] = bool(depth or quote or backslash)
            if not self.continued[i]:
                first = i + 2

    def span(self, line: int) -> Tuple[int, int]:
        """(first, last) physical lines, 1-based, of the logical line containing `line`."""
        line = min(max(line, 1), len(self.lines))
        first = self.start[line - 1]
        last = line
        while last < len(self.lines) and self.continued[last - 1]:
            last += 1
        return first, last

    def code_end(self, line: int) -> Optional[int]:
        """Where the code on a physical line ends (before its comment)."""
        c = self.comment[line - 1]
        return len(self.lines[line - 1]) if c is None else c

    def next_code_line(self, after: int) -> Optional[int]:
        for n in range(after + 1, len(self.lines) + 1):
            text = self.lines[n - 1]
            stripped = text.strip()
            if stripped and not stripped.startswith("#"):
                return n
        return None


# -------------------------------------------------------------------- checks on the lowered program

_LOAD, _STORE, _CALL, _DEL = 0, 1, 2, 3
_COMPREHENSIONS = (ir.ListComp, ir.SetComp, ir.GeneratorExp, ir.DictComp)


def _children(node):
    for name in node.__slots__:
        if name == "span":
            continue
        value = getattr(node, name)
        if isinstance(value, tuple):
            for v in value:
                if hasattr(v, "span"):
                    yield v
        elif hasattr(value, "span"):
            yield value


class _Checks:
    def __init__(self, linter: _Linter, module, resolution):
        self.linter = linter
        self.module = module
        self.scopes = resolution.scopes
        self.top = resolution.scopes.get(id(module))
        from monty_peg.runtime import builtins as rt_builtins

        self.builtins = set(rt_builtins.shared_builtins())
        self.refused = rt_builtins.REFUSED_NAMES
        self.refusal_message = rt_builtins.refusal_message
        self.defined = set(_MODULE_NAMES)
        self.guest_dunders: Set[str] = set()
        # functions whose signature lowering rejected: their parameters may be missing from the IR
        self.error_lines = {d.line for d in linter.found if d.code in ("E002", "U001")}
        self.unreliable: Set[int] = set()

    def run(self):
        if self.top is None:
            return
        self.defined.update(self.top.bound)
        stack = [self.top]
        while stack:  # a name declared global anywhere may be assigned there
            s = stack.pop()
            self.defined.update(s.declared_global)
            stack.extend(s.children)
        self._collect_guest_dunders()
        self._walk()

    def _collect_guest_dunders(self):
        """Dunder names the program itself defines (methods and attributes of its classes)."""
        stack = list(self.module.body)
        while stack:
            node = stack.pop()
            if isinstance(node, ir.FunctionDef) and _is_dunder(node.name):
                self.guest_dunders.add(node.name)
            elif isinstance(node, ir.Name) and _is_dunder(node.id):
                self.guest_dunders.add(node.id)
            elif isinstance(node, ir.Attribute) and _is_dunder(node.attr):
                pass  # reading one is what is checked
            stack.extend(_children(node))
        self.guest_dunders.discard("__class__")

    def _walk(self):
        stack = [(s, self.top, _LOAD) for s in reversed(self.module.body)]
        scopes = self.scopes
        while stack:
            node, scope, mode = stack.pop()
            t = type(node)
            push = []
            if t is ir.Name:
                if mode in (_LOAD, _CALL):
                    self._name(node, scope, mode)
                continue
            if t is ir.Attribute:
                self._attribute(node)
                push.append((node.value, scope, _LOAD))
            elif t is ir.Call:
                func = node.func
                push.append((func, scope, _CALL if type(func) is ir.Name else _LOAD))
                if type(func) is ir.Name and func.id in _ATTR_BUILTINS and len(node.args) >= 2:
                    self._attr_builtin(node, scope)
                push.extend((c, scope, _LOAD) for c in node.args)
                push.extend((k, scope, _LOAD) for k in node.keywords)
            elif t in (ir.Tuple_, ir.List, ir.Starred) and mode in (_STORE, _DEL):
                push.extend((c, scope, mode) for c in _children(node))
            elif t is ir.Subscript:
                push.append((node.value, scope, _LOAD))
                push.append((node.slice, scope, _LOAD))
            elif t is ir.Assign:
                push.append((node.value, scope, _LOAD))
                push.extend((x, scope, _STORE) for x in node.targets)
            elif t is ir.AugAssign:
                push.append((node.value, scope, _LOAD))
                push.append((node.target, scope, _LOAD if type(node.target) is ir.Name else _STORE))
            elif t is ir.AnnAssign:
                if node.value is not None:
                    push.append((node.value, scope, _LOAD))
                push.append((node.target, scope, _STORE))
                if scope.kind in ("module", "class"):  # annotations are evaluated only there
                    push.append((node.annotation, scope, _LOAD))
            elif t is ir.Delete:
                push.extend((x, scope, _DEL) for x in node.targets)
            elif t is ir.For:
                push.append((node.iter, scope, _LOAD))
                push.append((node.target, scope, _STORE))
                push.extend((x, scope, _LOAD) for x in node.body + node.orelse)
            elif t is ir.WithItem:
                push.append((node.context_expr, scope, _LOAD))
                if node.optional_vars is not None:
                    push.append((node.optional_vars, scope, _STORE))
            elif t is ir.NamedExpr:
                push.append((node.value, scope, _LOAD))
            elif t is ir.Import:
                self._import(node)
            elif t is ir.ImportFrom:
                self._import_from(node)
            elif t is ir.FunctionDef or t is ir.Lambda:
                inner = scopes.get(id(node))
                if t is ir.FunctionDef:
                    push.extend((d, scope, _LOAD) for d in node.decorators)
                args = node.args
                if inner is not None and self.error_lines and \
                        any(n in self.error_lines for n in range(node.span[0], args.span[2] + 1)):
                    self.unreliable.add(id(inner))
                push.extend((d, scope, _LOAD) for d in args.defaults)
                push.extend((d, scope, _LOAD) for d in args.kw_defaults if d is not None)
                if inner is not None:  # signature annotations are never evaluated
                    body = node.body if t is ir.FunctionDef else (node.body,)
                    push.extend((x, inner, _LOAD) for x in body)
            elif t is ir.ClassDef:
                inner = scopes.get(id(node))
                push.extend((d, scope, _LOAD) for d in node.decorators + node.bases)
                push.extend((k, scope, _LOAD) for k in node.keywords)
                if inner is not None:
                    push.extend((x, inner, _LOAD) for x in node.body)
            elif t in _COMPREHENSIONS:
                inner = scopes.get(id(node))
                gens = node.generators
                push.append((gens[0].iter, scope, _LOAD))
                if inner is not None:
                    for i, gen in enumerate(gens):
                        if i:
                            push.append((gen.iter, inner, _LOAD))
                        push.append((gen.target, inner, _STORE))
                        push.extend((c, inner, _LOAD) for c in gen.ifs)
                    parts = (node.key, node.value) if t is ir.DictComp else (node.elt,)
                    push.extend((p, inner, _LOAD) for p in parts)
            else:
                push.extend((c, scope, _LOAD) for c in _children(node))
            stack.extend(reversed(push))

    # ---------------------------------------------------------------- names

    def _is_defined(self, name: str, scope) -> bool:
        kind = scope.symbols.get(name)
        if kind in (LOCAL, CELL, FREE, CLASS_LOCAL):
            return True
        if kind is None and scope.kind != "module" and name not in scope.used:
            return True  # not a name the resolver saw used here: nothing to say
        return (name in self.defined or name in self.builtins or name in self.externals
                or name in self.inputs or name in self.linter.assumed)

    @property
    def externals(self):
        return self.linter.externals

    @property
    def inputs(self):
        return self.linter.inputs

    def _name(self, node, scope, mode):
        name = node.id
        if self._is_defined(name, scope):
            return
        if self.unreliable:
            s = scope
            while s is not None:
                if id(s) in self.unreliable:
                    return
                s = s.parent
        span = node.span
        if name in self.refused:
            self.linter.add("L004", self.refusal_message(name), span, _REFUSED_HINTS.get(name))
        elif _is_dunder(name):
            self.linter.add("L005", f"name '{name}' is not available in the sandbox", span,
                            "only __name__ and __doc__ are module globals")
        elif mode == _CALL:
            self.linter.add("L002", f"call of undefined name '{name}'", span,
                            self._suggest(name, "or declare it as a host function (external_functions)"))
        else:
            self.linter.add("L003", f"name '{name}' is not defined", span,
                            self._suggest(name, "or declare it as an input (inputs)"))

    def _suggest(self, name: str, otherwise: str) -> str:
        import difflib

        candidates = (self.defined | self.builtins | self.externals | self.inputs) - _MODULE_NAMES
        close = difflib.get_close_matches(name, sorted(candidates), n=1, cutoff=0.75)
        if close:
            return f"did you mean '{close[0]}'?"
        return f"define '{name}' {otherwise}"

    # ---------------------------------------------------------------- attributes

    def _attribute(self, node):
        name = node.attr
        if not _is_dunder(name) or name in self.guest_dunders or name in reachable_dunders():
            return
        line, col, end_line, end_col = node.span
        self.linter.add("L005", f"attribute '{name}' is not accessible in the sandbox",
                        (end_line, max(end_col - len(name), 0), end_line, end_col),
                        "dunder attributes of builtin values, functions and modules are not reachable")

    def _attr_builtin(self, node, scope):
        func = node.func
        arg = node.args[1]
        if scope.symbols.get(func.id) not in (GLOBAL_IMPLICIT, None) or func.id in self.defined:
            return  # a name of the program's own
        if func.id == "hasattr" and type(arg) is ir.Constant and arg.value in _protocol_dunders():
            return  # `hasattr(x, "__iter__")` is answered truthfully without reaching the dunder
        if type(arg) is ir.Constant and type(arg.value) is str and _is_dunder(arg.value) \
                and arg.value not in self.guest_dunders and arg.value not in reachable_dunders():
            self.linter.add("L005", f"attribute '{arg.value}' is not accessible in the sandbox", arg.span,
                            "dunder attributes of builtin values, functions and modules are not reachable")

    # ---------------------------------------------------------------- imports

    def _import(self, node):
        for alias in node.names:
            line, col = alias.span[0], alias.span[1]
            missing = _missing_module(alias.name)
            if missing:
                self.linter.add("L001", f"No module named '{missing}'", (line, col, line, col + len(alias.name)),
                                _module_hint(missing))

    def _import_from(self, node):
        if node.level or not node.module:
            return  # relative imports are refused by lowering
        missing = _missing_module(node.module)
        if not missing:
            return
        line, col = node.span[0], node.span[1]
        text = source_line(self.linter.text, line)
        at = text.find(node.module, col + 4)
        if at < 0:
            span = node.span
        else:
            span = (line, at, line, at + len(node.module))
        self.linter.add("L001", f"No module named '{missing}'", span, _module_hint(missing))


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _missing_module(dotted: str) -> Optional[str]:
    """The first prefix of a dotted module name the sandbox does not provide, or None."""
    from .subset import module_exists

    parts = dotted.split(".")
    for i in range(len(parts)):
        name = ".".join(parts[:i + 1])
        if not module_exists(name):
            return name
    return None


def _module_hint(name: str) -> str:
    import difflib

    from .subset import available_modules

    modules = available_modules()
    close = difflib.get_close_matches(name, modules, n=1, cutoff=0.75)
    if close:
        return f"did you mean '{close[0]}'?"
    return ("the sandbox provides: " + ", ".join(modules) +
            "; anything else must come from the host, as an input or a host function")


def _protocol_dunders() -> frozenset:
    from monty_peg.runtime import attrs

    return frozenset(getattr(attrs, "_PROTOCOLS", ()))


_REACHABLE: Optional[frozenset] = None


def reachable_dunders() -> frozenset:
    """Dunder attributes the runtime's allow-lists expose on some value (functions, classes, instances,
    exceptions, bound methods...), plus those the sandbox's own guest modules use; reading any other
    dunder attribute fails in the sandbox."""
    global _REACHABLE
    if _REACHABLE is None:
        from monty_peg.runtime import attrs, classes, stdlib

        names = {"__name__", "__qualname__", "__module__", "__doc__", "__self__", "__func__", "__wrapped__",
                 "__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__",
                 "__annotations__", "__class__", "__dict__"}
        for table in ("_FUNCTION_ATTRS", "_CLASS_ATTRS", "_INSTANCE_SPECIALS", "_TYPE_INFO"):
            names.update(getattr(attrs, table, ()))
        names.update(getattr(classes, "OBJECT_METHODS", ()))
        names.update(getattr(classes, "EXCEPTION_METHODS", ()))
        for module in stdlib.guest_names():
            source = stdlib.guest_source(module) or ""
            names.update(re.findall(r"\b__[A-Za-z]\w*__\b", source))
        _REACHABLE = frozenset(n for n in names if _is_dunder(n))
    return _REACHABLE


def stub_names(text: str) -> Tuple[List[str], List[str]]:
    """(host functions, other names) that a stub file declares at top level — its `def`s, and its
    annotated or assigned names and classes — read with monty_peg's own parser. Raises ValueError when the
    stubs do not parse."""
    found: List[Diagnostic] = []
    module = parse_module(normalize_source(text), "stubs.pyi", found)
    if module is None:
        d = found[-1]
        raise ValueError(f"line {d.line}: {d.message}")
    functions: List[str] = []
    values: List[str] = []
    for node in module.body:
        if isinstance(node, ir.FunctionDef):
            functions.append(node.name)
        elif isinstance(node, ir.ClassDef):
            values.append(node.name)
        elif isinstance(node, (ir.Assign, ir.AnnAssign)):
            targets = node.targets if isinstance(node, ir.Assign) else (node.target,)
            values.extend(t.id for t in targets if isinstance(t, ir.Name))
    return functions, values


# -------------------------------------------------------------------- output


def as_json(diagnostics: Sequence[Diagnostic]) -> str:
    """`--format json`: a list of {code, message, line, column, end_line, end_column, hint}."""
    return json.dumps([d.as_dict() for d in diagnostics], indent=2)


_RED, _BOLD, _CYAN, _BLUE, _RESET = "\x1b[31m", "\x1b[1m", "\x1b[36m", "\x1b[34m", "\x1b[0m"


def render(diagnostics: Sequence[Diagnostic], source: str, filename: str, colour: bool = False,
           files: Optional[Dict[str, str]] = None) -> str:
    """Human output, like ruff's: `file:line:col: CODE message`, the source line with a caret under the
    span, and the hint. `files` maps other file names to their text, for diagnostics that carry one
    (the type checker reports problems in the stubs too)."""
    text = normalize_source(source) if source else ""
    out = []
    for d in diagnostics:
        name, body = filename, text
        other = getattr(d, "filename", None)
        if other and files and other in files:
            name, body = other, files[other]
        out.append(_render_one(d, body, name, colour))
    return "".join(out)


def _render_one(d: Diagnostic, text: str, filename: str, colour: bool) -> str:
    def paint(s, *codes):
        return "".join(codes) + s + _RESET if colour else s

    code = d.code if getattr(d, "severity", "error") == "error" else f"{d.code} (warning)"
    head = f"{paint(f'{filename}:{d.line}:{d.column}:', _BOLD)} {paint(code, _BOLD, _RED)} {d.message}\n"
    line = source_line(text, d.line) if text else ""
    if not line.strip() or d.line < 1:
        body = ""
    else:
        shown = line.expandtabs(8) if "\t" in line else line
        col = len(line[:max(d.column - 1, 0)].expandtabs(8)) if "\t" in line else max(d.column - 1, 0)
        col = min(col, len(shown))
        if d.end_line > d.line:
            width = max(len(shown) - col, 1)
        else:
            end = d.end_column - 1
            end = len(line[:end].expandtabs(8)) if "\t" in line else end
            width = max(min(end, len(shown)) - col, 1)
        gutter = " " * len(str(d.line))
        body = (f"{paint(gutter + ' |', _BLUE)}\n"
                f"{paint(str(d.line) + ' |', _BLUE)} {shown}\n"
                f"{paint(gutter + ' |', _BLUE)} {' ' * col}{paint('^' * width, _RED)}\n")
        if d.hint:
            body += f"{paint(gutter + ' =', _BLUE)} {paint('hint:', _CYAN)} {d.hint}\n"
        return head + body + "\n"
    if d.hint:
        body += f"  = {paint('hint:', _CYAN)} {d.hint}\n"
    return head + body + "\n"


def summary(diagnostics: Sequence[Diagnostic]) -> str:
    n = len(diagnostics)
    if not n:
        return "All checks passed!\n"
    return f"Found {n} problem{'s' if n != 1 else ''}.\n"
