"""What the sandbox runs, as data: `describe_subset()` and `monty-peg subset`.

Nothing here is written by hand. Statements and operators are read from the grammar
(`grammar/monty.lark`, shipped as package data), refused constructs from lowering's refusal table,
builtins from the runtime's builtin namespace and refusal table, modules from the module registry
(`runtime/stdlib`, plus the runtime's own `sys`), methods from the attribute allow-lists, limits from
`ResourceLimits`' defaults. So the description changes when they do, and an LLM prompt built from it
never promises more than the interpreter runs.

Imported lazily: `import monty_peg` does not read the grammar.
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

_SECTION = re.compile(r"^//\s*-+\s*(\w+)", re.M)
_DEFINITION = re.compile(r"^([?!]?)([A-Za-z_]\w*)(?:\.\d+)?\s*:(?!=)(.*)$")


# -------------------------------------------------------------------- modules


def module_exists(name: str) -> bool:
    """Whether `import name` can succeed in the sandbox (the same lookup the VM makes)."""
    from monty_peg.runtime import builtins as rt_builtins
    from monty_peg.runtime import stdlib

    return name in rt_builtins.MODULE_FACTORIES or stdlib.exists(name)


def available_modules() -> List[str]:
    """Every public module the sandbox provides, sorted (a `_name` module is some module's helper)."""
    from monty_peg.runtime import builtins as rt_builtins
    from monty_peg.runtime import stdlib

    names = set(rt_builtins.MODULE_FACTORIES) | set(stdlib.NATIVE) | set(stdlib.NATIVE_FILES)
    names.update(stdlib.guest_names())
    return sorted(n for n in names if not n.startswith("_") and module_exists(n))


def module_attributes(name: str) -> Optional[List[str]]:
    """A module's public names: a native module's attributes, or the names a guest module's source binds
    at top level (read with monty_peg's own parser and resolver, without running it)."""
    from monty_peg.runtime import builtins as rt_builtins
    from monty_peg.runtime import stdlib

    names = None
    try:
        factory = rt_builtins.MODULE_FACTORIES.get(name) or stdlib.native_factory(name)
        if factory is not None:
            names = list(factory().attrs)
        else:
            source = stdlib.guest_source(name)
            if source is not None:
                names = _top_level_names(source, name)
    except Exception:  # noqa: BLE001 - a module being written elsewhere: describe it without attributes
        return None
    if names is None:
        return None
    return sorted(n for n in names if not n.startswith("_"))


def _top_level_names(source: str, name: str) -> List[str]:
    from .parse import normalize_source, parse_module
    from .resolve import resolve

    diagnostics: list = []
    module = parse_module(normalize_source(source), f"<{name}>", diagnostics)
    if module is None:
        return []
    top = resolve(module, diagnostics).scope_of(module)
    return list(top.bound)


# -------------------------------------------------------------------- the grammar


def _grammar_text() -> str:
    from importlib import resources

    return resources.files("monty_peg.grammar").joinpath("monty.lark").read_text(encoding="utf-8")


class _Grammar:
    """Rule and terminal definitions of the .lark file, by name, and the section each is in."""

    def __init__(self, text: str):
        self.rules: Dict[str, str] = {}
        self.sections: Dict[str, str] = {}
        self.literals: Dict[str, str] = {}
        self.order: List[str] = []
        section = ""
        current = None
        for raw in text.splitlines():
            heading = _SECTION.match(raw)
            if heading:
                section = heading.group(1)
                current = None
                continue
            line = _strip_comment(raw)
            if not line:
                current = None
                continue
            match = _DEFINITION.match(line)
            if match and not line[0].isspace():
                current = match.group(2)
                self.rules[current] = match.group(3)
                self.sections[current] = section
                self.order.append(current)
            elif current is not None and line[:1].isspace():
                self.rules[current] += " " + line.strip()
        for name, body in self.rules.items():
            if name.isupper() or name.lstrip("_").isupper():
                literal = re.fullmatch(r'\s*"([^"]+)"\s*', body)
                if literal:
                    self.literals[name] = literal.group(1)
        for declared in re.findall(r"^%declare\s+(.*)$", text, re.M):
            for name in declared.split():
                if name.lstrip("_").isalpha() and not name.startswith("_"):
                    self.literals.setdefault(name, name.lower())  # soft keywords: MATCH, CASE

    def alternatives(self, rule: str) -> List[str]:
        return [a.split("->")[0].strip() for a in self.rules.get(rule, "").split("|")]

    def words(self, rule: str) -> List[str]:
        """The literal tokens a rule's body spells: quoted strings and terminals with a literal value."""
        body = re.sub(r"->\s*\w+", "", self.rules.get(rule, ""))
        out = []
        for quoted, name in re.findall(r'"([^"]+)"|\b([A-Z][A-Z_]*)\b', body):
            token = quoted or self.literals.get(name)
            if token and token not in out:
                out.append(token)
        return out

    def referenced(self, rule: str) -> List[str]:
        body = re.sub(r'->\s*\w+|"[^"]*"', "", self.rules.get(rule, ""))
        return [n for n in re.findall(r"\b([a-z_][a-z0-9_]*)\b", body) if n in self.rules]


def _strip_comment(line: str) -> str:
    """The line without a `//` comment (a `//` inside a quoted literal is the floor-division operator)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif not quoted and line.startswith("//", i):
            return line[:i].rstrip()
    return line.rstrip()


def _keywords(words) -> List[str]:
    return [w for w in words if w.isalpha()]


def _statements(g: _Grammar, refused: Dict[str, Tuple[str, Optional[str]]]) -> List[dict]:
    rules = []
    for group in ("_small_stmt", "_compound_stmt"):
        rules.extend(a for a in g.alternatives(group) if a in g.rules)
    out = []
    for rule in rules:
        words = g.words(rule)
        for sub in g.referenced(rule):  # clauses belong to their statement: elif, except, case, @
            if sub.endswith(("_clause", "_block")) or sub == "decorator":
                words += [w for w in g.words(sub) if w not in words]
        keywords = _keywords(words)
        forms = []
        lead = keywords[0] if keywords else None
        if lead and g.rules[rule].strip().startswith(next((n for n, v in g.literals.items() if v == lead), "")):
            for sub in g.referenced(rule):
                sub_keywords = _keywords(g.words(sub))
                if sub in rules and sub_keywords:
                    forms.append(f"{lead} {sub_keywords[0]}")
        refused_forms = sorted(c for c in refused if re.sub(r"\W", "", c.split()[0]) in keywords)
        if forms and all(f in refused for f in forms):
            status = "refused"
        elif refused_forms:
            status = "partial"
        else:
            status = "supported"
        entry = {"rule": rule, "keywords": keywords, "status": status}
        symbols = [w for w in words if not w.isalpha() and w not in ("(", ")", ",", ";", "...", ".")]
        if symbols:
            entry["symbols"] = symbols
        for name in re.findall(r"\b([A-Z][A-Z_]*)\b", g.rules[rule]):  # operator terminals: AUGOP
            alternatives = re.findall(r'"([^"]+)"', g.rules.get(name, ""))
            if len(alternatives) > 1:
                entry.setdefault("operators", []).extend(alternatives)
        if refused_forms:
            entry["refused"] = refused_forms
        out.append(entry)
    return out


def _operators(g: _Grammar) -> List[str]:
    """Every operator the expression rules spell, in grammar order."""
    ops = []
    for rule in g.order:
        if g.sections.get(rule) != "expressions":
            continue
        body = g.rules[rule]
        for quoted in re.findall(r'"([^"]+)"', body):
            if quoted not in ops:
                ops.append(quoted)
    pairs = {"not": "not in", "is": "is not"}  # `"not" "in"`, `"is" "not"`
    for rule in g.order:
        if g.sections.get(rule) == "expressions":
            for first, second in re.findall(r'"(\w+)"\s+"(\w+)"', g.rules[rule]):
                phrase = f"{first} {second}"
                if phrase not in ops and pairs.get(first) == phrase:
                    ops.append(phrase)
    keep = []
    for op in ops:
        if op in ("(", ")", "[", "]", "{", "}", ",", ":", ".", "=", "->"):
            continue
        keep.append(op)
    for name in ("STAR", "DOUBLESTAR", "SLASH", "AT", "MINUS", "NOT", "LAMBDA", "AWAIT", "YIELD", "IF"):
        literal = g.literals.get(name)
        if literal and literal not in keep and any(re.search(rf"\b{name}\b", g.rules[r])
                                                   for r in g.order if g.sections.get(r) == "expressions"):
            keep.append(literal)
    return keep


# -------------------------------------------------------------------- the description


def describe_subset() -> dict:
    """What monty_peg runs, as JSON-ready data: statements, operators, refused constructs, builtins,
    modules (with their public names), methods of the builtin types, and the default limits."""
    import dataclasses
    import sys

    import monty_peg
    from monty_peg.runtime import attrs
    from monty_peg.runtime import builtins as rt_builtins
    from monty_peg.runtime.limits import ResourceLimits

    from . import lower

    grammar = _Grammar(_grammar_text())
    refused = dict(lower.UNSUPPORTED)
    namespace = rt_builtins.shared_builtins()
    exceptions = sorted(rt_builtins.exception_classes())
    functions = sorted(n for n, v in namespace.items() if n in rt_builtins.BUILTIN_FUNCTIONS)
    types = sorted(n for n, v in namespace.items() if isinstance(v, type) and n not in exceptions
                   and not n.startswith("_"))
    constants = sorted(n for n in namespace if n not in exceptions and n not in functions and n not in types)
    methods = {}
    for t, table in attrs.METHODS.items():
        name = t.__name__
        if name.startswith("dict_") or name == "NoneType":
            continue
        methods[name] = sorted(set(table) | set(attrs.DATA.get(t, ())))
    modules = [{"name": m, "attributes": module_attributes(m)} for m in available_modules()]
    limits = {f.name: getattr(ResourceLimits(), f.name) for f in dataclasses.fields(ResourceLimits)}
    return {
        "name": "monty_peg",
        "version": monty_peg.__version__,
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "statements": _statements(grammar, refused),
        "operators": _operators(grammar),
        "refused_constructs": [{"construct": c, "message": m, "hint": h} for c, (m, h) in refused.items()],
        "builtins": {"functions": functions, "types": types, "exceptions": exceptions, "constants": constants},
        "refused_builtins": [{"name": n, "reason": r} for n, r in sorted(rt_builtins._REFUSED.items())],
        "modules": modules,
        "methods": methods,
        "limits": limits,
    }


def format_text(subset: Optional[dict] = None) -> str:
    """The description as plain text, short enough to paste into an LLM prompt."""
    s = subset or describe_subset()
    lines = [f"{s['name']} {s['version']} runs a sandboxed subset of Python {s['python']}. Anything not "
             "listed here is unavailable: no files, network, environment or other imports.", ""]

    def statement(st):
        label = "/".join(st["keywords"]) if st["keywords"] else st["rule"].replace("_stmt", "")
        if not st["keywords"] and st.get("symbols"):
            label += " (" + " ".join(st["symbols"]) + ")"
        if "operators" in st:
            label = label.split(" (")[0] + " (" + " ".join(st["operators"]) + ")"
        if st.get("refused") and st["status"] != "refused":
            label += " (not " + ", ".join(st["refused"]) + ")"
        return label

    supported = [statement(st) for st in s["statements"] if st["status"] != "refused"]
    lines.append("Statements: " + "; ".join(supported))
    lines.append("Operators: " + " ".join(s["operators"]))
    lines.append("Not supported: " + "; ".join(
        f"{r['construct']} ({r['message']}{'; ' + r['hint'] if r['hint'] else ''})"
        for r in s["refused_constructs"]))
    b = s["builtins"]
    lines.append("Builtin functions: " + ", ".join(b["functions"]))
    lines.append("Builtin types: " + ", ".join(b["types"]))
    lines.append("Exceptions: " + ", ".join(b["exceptions"]))
    lines.append("Unavailable builtins: " + "; ".join(f"{r['name']} ({r['reason']})"
                                                     for r in s["refused_builtins"]))
    lines.append("Modules (import only these):")
    for m in s["modules"]:
        attributes = m["attributes"]
        lines.append(f"  {m['name']}" + (": " + ", ".join(attributes) if attributes else ""))
    lines.append("Methods of builtin types (no dunder attributes):")
    for t, names in s["methods"].items():
        lines.append(f"  {t}: " + ", ".join(names))
    limits = ", ".join(f"{k}={v}" for k, v in s["limits"].items() if v is not None)
    lines.append(f"Default limits: {limits}")
    return "\n".join(lines) + "\n"
