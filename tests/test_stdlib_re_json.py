"""`re` and `json` beyond the corpus: seeded differential fuzzing of the regex engine and the json codec
against CPython's own modules, snapshots of Pattern/Match objects and of a paused finditer, and rejection of
forged snapshot states."""

from __future__ import annotations

import json
import random
import re
import warnings

import msgpack
import pytest

from monty_peg import FunctionSnapshot, Monty, MontySnapshotError
from monty_peg.runtime.stdlib.native import json as J
from monty_peg.runtime.stdlib.native import re as R
from monty_peg.runtime.stdlib.native import regex_engine as E

# ---------------------------------------------------------------- the regex engine against CPython

_ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", r"\w", r"\d", r"\s", "x", "^", "$", r"\b", r"\B", "", "(?i:A)", "B",
          "[a-c]", r"\W"]


def _pattern(rng, depth, groups):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice(_ATOMS)
    if r < 0.45:
        return _pattern(rng, depth + 1, groups) + _pattern(rng, depth + 1, groups)
    if r < 0.55:
        return _pattern(rng, depth + 1, groups) + "|" + _pattern(rng, depth + 1, groups)
    if r < 0.75:
        q = rng.choice(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{0,2}?", "*+", "++", "{,2}"])
        kind = rng.choice(["(", "(?:", "(?>", "("])
        inner = _pattern(rng, depth + 1, groups)
        if kind == "(":
            groups[0] += 1
        return kind + inner + ")" + q
    if r < 0.85:
        kind = rng.choice(["(", "(?:", "(?=", "(?!", "(?<=a)", "(?<!b)"])
        if kind.startswith("(?<"):
            return kind + _pattern(rng, depth + 1, groups)
        if kind == "(":
            groups[0] += 1
        return kind + _pattern(rng, depth + 1, groups) + ")"
    if r < 0.92 and groups[0]:
        return "\\%d" % rng.randint(1, groups[0])
    if groups[0]:
        return "(?(%d)%s|%s)" % (rng.randint(1, groups[0]), _pattern(rng, depth + 1, groups),
                                 _pattern(rng, depth + 1, groups))
    return rng.choice(_ATOMS)


def _cpython(pattern, flags, s, mode):
    try:
        m = getattr(re.compile(pattern, flags), mode)(s)
    except re.error as e:
        return ("error", str(e))
    return None if m is None else (tuple(m.regs), m.lastindex)


def _ours(pattern, flags, s, mode):
    try:
        prog = E.Program(pattern, flags)
    except E.RegexError as e:
        return ("error", e.msg if e.pos is None else f"{e.msg} at position {e.pos}")
    m = E.Matcher(prog, s, 0, len(s))
    o = m.search(0) if mode == "search" else m.match(0, mode == "fullmatch")
    return None if o is None else (o.regs, o.lastindex)


@pytest.mark.parametrize("seed", range(4))
def test_regex_engine_matches_cpython(seed):
    rng = random.Random(seed)
    for _ in range(400):
        pattern = _pattern(rng, 0, [0])
        s = "".join(rng.choice("abcx A\n") for _ in range(rng.randint(0, 9)))
        flags = rng.choice([0, 0, re.I, re.M, re.S, re.A])
        for mode in ("search", "match", "fullmatch"):
            assert _ours(pattern, flags, s, mode) == _cpython(pattern, flags, s, mode), (pattern, s, flags, mode)


_SOUP = list("()[]{}?*+|^$.\\-,:=!<>P#ab1209xuUNgiLmsxau") + [
    "(?", "(?P<", "(?P=", "\\x", "\\u", "\\1", "{1,2}", "(?<", "\n", " ", "[^", "é"]


@pytest.mark.parametrize("seed", range(3))
def test_regex_errors_match_cpython(seed):
    rng = random.Random(seed)
    for _ in range(1500):
        pattern = "".join(rng.choice(_SOUP) for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.2:
            pattern = pattern.encode("utf-8")
        flags = rng.choice([0, re.X, re.I, re.A])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                re.compile(pattern, flags)
                expected = "ok"
            except re.error as e:
                expected = ("error", e.msg, e.pos)
            except Exception as e:  # noqa: BLE001
                expected = (type(e).__name__, str(e))
        try:
            E.Program(pattern, flags)
            got = "ok"
        except E.RegexError as e:
            got = ("error", e.msg, e.pos)
        except Exception as e:  # noqa: BLE001
            got = (type(e).__name__, str(e))
        assert got == expected, (pattern, flags)


def test_findall_sub_split_match_cpython():
    rng = random.Random(7)
    for _ in range(300):
        pattern = _pattern(rng, 0, [0])
        if "\\" in pattern and re.search(r"\\\d", pattern):
            continue
        s = "".join(rng.choice("abcx A\n") for _ in range(rng.randint(0, 12)))
        try:
            expected = (re.findall(pattern, s), re.sub(pattern, "<\\g<0>>", s), re.split(pattern, s))
        except re.error:
            continue
        p = R.Pattern(pattern, R._program(pattern, 0))
        got = (R.p_findall(p, s), R.p_sub(p, "<\\g<0>>", s), R.p_split(p, s))
        assert got == expected, (pattern, s)


# ---------------------------------------------------------------- json against CPython


def _value(rng, depth=0):
    r = rng.random()
    if depth > 3 or r < 0.4:
        return rng.choice([0, -1, 1.5, -0.0, 1e300, 1e-7, 12345678901234567890, True, False, None, "",
                           "a\"b\\c\n\x01é😀\u2028\x7f", float("inf"), float("nan")])
    if r < 0.7:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    keys = [rng.choice(["a", "b", "é", "", 1, 2.5, True, None, -3]) for _ in range(rng.randint(0, 3))]
    return {k: _value(rng, depth + 1) for k in keys}


def test_json_encoder_matches_cpython():
    rng = random.Random(3)
    for _ in range(1500):
        v = _value(rng)
        indent = rng.choice([None, None, 0, 2, "\t"])
        kw = dict(skipkeys=rng.random() < 0.3, ensure_ascii=rng.random() < 0.5, allow_nan=rng.random() < 0.8,
                  sort_keys=rng.random() < 0.3, indent=indent, separators=rng.choice([None, (",", ":")]))
        try:
            expected = json.dumps(v, **kw)
        except (TypeError, ValueError) as e:
            expected = (type(e).__name__, str(e))
        ind = " " * indent if isinstance(indent, int) else indent
        seps = kw["separators"] or ((", ", ": ") if indent is None else (",", ": "))
        try:
            got = J.encode(v, kw["skipkeys"], kw["ensure_ascii"], True, kw["allow_nan"], kw["sort_keys"], ind,
                           seps[0], seps[1], 0, False, indent is not None)
        except (TypeError, ValueError) as e:
            got = (type(e).__name__, str(e))
        assert got == expected, (v, kw)


def test_json_decoder_matches_cpython():
    rng = random.Random(5)
    soup = list('[]{},:"\\ \t\n u0-19eE.+tfnNIa\x01') + ["true", "null", "NaN", "-Infinity", "\\u", "\\ud800",
                                                        '"a"', "é", "\\n"]
    for _ in range(6000):
        doc = "".join(rng.choice(soup) for _ in range(rng.randint(0, 12)))
        try:
            expected = ("ok", repr(json.loads(doc)))
        except json.JSONDecodeError as e:
            expected = ("error", e.msg, e.pos)
        ok, value, end = J.scan(doc, 0, True, 0, True)
        got = ("ok", repr(value)) if ok else ("error", value, end)
        assert got == expected, doc


# ---------------------------------------------------------------- snapshots

PROGRAM = r'''
import re, json
p = re.compile(r"(?P<k>\w+)=(\d+)", re.I)
m = p.search("x a=1 b=2")
it = p.finditer("a=1 b=2 c=3")
first = next(it)
got = fetch(m.group(1))
second = next(it)
[got, m.group("k"), m.span(), m.re.pattern, m.re.flags, first.group(), second.group(), [x.group() for x in it],
 repr(m), p.sub(lambda mm: mm.group(2), "q=5 r=6"), isinstance(m, re.Match), json.dumps(m.groupdict())]
'''


def test_pattern_match_and_finditer_survive_a_snapshot():
    snap = Monty(PROGRAM, external_functions=["fetch"]).start()
    loaded = FunctionSnapshot.load(snap.dump())
    result = loaded.resume(return_value="HOST")
    assert result.output == ["HOST", "a", (2, 5), r"(?P<k>\w+)=(\d+)", 34, "a=1", "b=2", ["c=3"],
                             "<re.Match object; span=(2, 5), match='a=1'>", "5 6", True, '{"k": "a"}']


@pytest.mark.parametrize("state", [
    ["Pattern", ["(", 32]], ["Pattern", ["a", "32"]], ["Pattern", ["a", 0]], ["Pattern", [1, 32]],
    ["Match", [["a", 32], "a", 0, 9, [[0, 1]], None]],
    ["Match", [["a", 32], "a", 0, 1, [[0, 5]], None]],
    ["Match", [["(a)", 32], "a", 0, 1, [[0, 1]], None]],
    ["Match", [["(a)", 32], "a", 0, 1, [[0, 1], [1, 0]], 1]],
    ["Match", [["(a)", 32], "a", 0, 1, [[0, 1], [0, 1]], 7]],
    ["Match", [["a", 32], b"a", 0, 1, [[0, 1]], None]],
    ["Other", []],
])
def test_forged_regex_states_are_rejected(state):
    from monty_peg.runtime.stdlib import objects

    kind, data = state
    with pytest.raises(ValueError):
        objects.restore(R.MODULE, kind, data)


def _forged(edit):
    from monty_peg.runtime import snapshot as codec

    data = Monty(PROGRAM, external_functions=["fetch"]).start().dump()
    header, doc = data[:codec.HEADER.size], msgpack.unpackb(data[codec.HEADER.size:], raw=False,
                                                             strict_map_key=False)
    matches = [o for o in doc["objects"] if o[0] == codec.K_STDLIB_OBJECT and o[2] == "Match"]
    assert matches
    for o in matches:
        edit(o)
    return header + msgpack.packb(doc, use_bin_type=True, unicode_errors="surrogatepass")


@pytest.mark.parametrize("edit", [
    lambda o: o[3].__setitem__(4, [[0, 99], [2, 3], [4, 5]]),
    lambda o: o[3].__setitem__(0, ["(", 32]),
    lambda o: o[3].__setitem__(1, 12345),
    lambda o: o[3].__setitem__(5, -4),
    lambda o: o.__setitem__(2, "Matcher"),
    lambda o: o.__setitem__(1, "os"),
], ids=["span_out_of_range", "bad_pattern", "subject_not_text", "bad_lastindex", "unknown_kind", "unknown_module"])
def test_forged_snapshot_with_bad_match_state_is_rejected(edit):
    with pytest.raises(MontySnapshotError):
        FunctionSnapshot.load(_forged(edit))


def test_unforged_snapshot_loads():
    assert FunctionSnapshot.load(_forged(lambda o: None)).resume(return_value="x").output[0] == "x"
