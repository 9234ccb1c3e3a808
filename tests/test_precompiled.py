"""The precompiled guest stdlib and prelude (runtime/stdlib/_precompiled.msgpack, written by
`python -m monty_peg.runtime.stdlib.precompile`): the checked-in file is what the generator makes from the
current sources, code loaded from it is the code the compiler makes, programs behave the same with it and
without it, and dumps cross between a process that loaded it and one that compiled from source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import msgpack
import pytest

import monty_peg  # noqa: F401  (installs the compiler hooks)
from monty_peg.api import _compile_guest_module
from monty_peg.runtime.code import Code
from monty_peg.runtime.snapshot import program_codes
from monty_peg.runtime.stdlib import precompile

ROOT = Path(__file__).resolve().parent.parent
REGENERATE = ".venv/bin/python -m monty_peg.runtime.stdlib.precompile"


def _checked_in() -> dict:
    assert precompile.ARTIFACT.exists(), f"{precompile.ARTIFACT} is missing: run `{REGENERATE}`"
    return msgpack.unpackb(precompile.ARTIFACT.read_bytes(), raw=False)


def test_the_checked_in_artifact_is_what_the_generator_makes():
    fresh = precompile.build()
    shipped = _checked_in()
    assert shipped["format"] == fresh["format"], f"the artifact's format is old: run `{REGENERATE}`"
    stale = sorted(n for n in fresh["entries"] if shipped["entries"].get(n) != fresh["entries"][n])
    extra = sorted(set(shipped["entries"]) - set(fresh["entries"]))
    assert not stale and not extra, (
        f"runtime/stdlib/_precompiled.msgpack is stale (entries {stale} differ, {extra} have no source): "
        f"run `{REGENERATE}`")
    assert precompile.pack(fresh) == precompile.ARTIFACT.read_bytes(), f"run `{REGENERATE}`"


def test_the_artifact_covers_every_guest_module_and_the_prelude():
    from monty_peg.runtime import stdlib

    names = set(_checked_in()["entries"])
    assert set(stdlib.guest_names()) | {precompile.PRELUDE} <= names


def test_the_generator_is_deterministic_across_hash_seeds():
    # frozenset constants (`x in {"a", "b"}`) iterate in a seed-dependent order; the artifact must not
    script = ("import hashlib, monty_peg\nfrom monty_peg.runtime.stdlib import precompile as p\n"
              "print(hashlib.sha256(p.pack(p.build())).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=300)
        assert proc.returncode == 0, proc.stderr
        digests.add(proc.stdout.strip())
    assert len(digests) == 1


def _shape(code: Code) -> list:
    """Everything about a module's code objects that compiling decides, in `program_codes` order."""
    out = []
    for c in program_codes(code):
        out.append((c.name, c.qualname, c.filename, c.firstlineno, c.flags, c.argcount, c.posonlyargcount,
                    c.kwonlyargcount, c.varnames, c.cellvars, c.freevars, tuple(map(tuple, c.cell_params)),
                    tuple(repr(k) if not isinstance(k, (Code, frozenset)) else
                          sorted(map(repr, k)) if isinstance(k, frozenset) else "<code>" for k in c.consts),
                    c.names, [tuple(i) for i in c.instrs], [tuple(p) for p in c.positions],
                    tuple(map(tuple, c.exc_table)), c.docstring, c.source.filename, c.source.text))
    return out


@pytest.mark.parametrize("name", ["json", "json.decoder", "collections", "dataclasses", "asyncio", "datetime",
                                  "re", "typing", "copy", precompile.PRELUDE])
def test_code_from_the_artifact_is_the_code_the_compiler_makes(name):
    source = precompile.sources()[name]
    if not precompile.is_current(name, source):
        pytest.fail(f"the artifact's {name!r} entry is stale: run `{REGENERATE}`")
    from monty_peg.parse import normalize_source

    filename = name if name == precompile.PRELUDE else f"<{name}>"
    loaded = precompile.load(name, source, normalize_source(source), filename)
    assert loaded is not None
    compiled = _compile_guest_module(source, name, precompiled=False)
    assert _shape(loaded) == _shape(compiled)


def test_a_stale_entry_is_ignored():
    assert precompile.load("json", "x = 1\n", "x = 1\n", "<json>") is None
    assert precompile.load("no_such_module", "", "\n", "<no_such_module>") is None


PROGRAM = r'''
import json, collections, dataclasses, asyncio, datetime, re, functools

@dataclasses.dataclass(order=True)
class P:
    x: int
    y: int = 0

c = collections.Counter("abracadabra")
d = collections.defaultdict(list)
for w in ["apple", "avocado", "banana"]:
    d[w[0]].append(w)
print(c.most_common(3), dict(d), collections.deque([1, 2, 3], maxlen=2), collections.OrderedDict(a=1))
print(sorted([P(2, 1), P(1, 5)]), dataclasses.asdict(P(3)), dataclasses.replace(P(1), y=9))
print(json.dumps({"b": [1, 2.5, None], "a": "\u00e9"}, sort_keys=True), json.loads('{"k": [true, {"n": 1}]}'))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.findall(r"\d+", "a1b22c333"))
print(datetime.date(2024, 2, 28) + datetime.timedelta(days=2), datetime.datetime(2024, 1, 2, 3, 4).isoformat())

async def work(n):
    await asyncio.sleep(0)
    return n * n

async def main():
    return await asyncio.gather(*(work(i) for i in range(4)))

print(asyncio.run(main()))

@functools.lru_cache(maxsize=None)
def price(n):
    return fetch("price", n) + n

hooked = json.loads('{"a": {"b": 2}}', object_hook=lambda o: fetch("hook", o))
print([price(n) for n in (1, 2, 1)], hooked, sorted([3, 1, 2], key=lambda v: -v))
try:
    json.loads("{bad")
except ValueError as e:
    print(type(e).__name__, e)
'''

# Runs PROGRAM in a fresh process with the artifact on or off: straight through, and (if given a dump from
# the other process) resumed from that dump; writes its own dump, made paused inside json's frames.
SCRIPT = r'''
import json, sys
from pathlib import Path
import monty_peg
from monty_peg import CollectStreams, FunctionSnapshot, Monty, MontyComplete
from monty_peg.runtime import snapshot, stdlib
from monty_peg.runtime.stdlib import precompile

mode, program_file, dump_in, dump_out = sys.argv[1:5]
precompile.ENABLED = mode == "on"
program = Path(program_file).read_text()

def answer(what, value):
    return value if what == "hook" else 100

def finish(s, out):
    while not isinstance(s, MontyComplete):
        s = s.resume(return_value=answer(*s.args), print_callback=out)
    return "".join(t for _, t in out.collected)

result = {}
out = CollectStreams()
result["straight"] = finish(Monty(program, external_functions=["fetch"]).start(print_callback=out), out)
if dump_in != "-":
    out = CollectStreams()
    s = FunctionSnapshot.load(Path(dump_in).read_bytes())
    result["resumed"] = finish(s.resume(return_value=answer(*s.args), print_callback=out), out)
s = Monty(program, external_functions=["fetch"]).start(print_callback=CollectStreams())
while s.args[0] != "hook":
    s = s.resume(return_value=answer(*s.args))
Path(dump_out).write_bytes(s.dump())
result["prelude"] = snapshot.prelude_fingerprint()
result["modules"] = {name: [stdlib._FINGERPRINTS[name].hex(), len(stdlib._ALL_CODES[name])]
                     for name in sorted(stdlib._ALL_CODES)}
result["loaded"] = sorted(precompile.LOADED)
print(json.dumps(result))
'''


def _run(tmp_path, mode, dump_in, dump_out):
    program = tmp_path / "program.py"
    program.write_text(PROGRAM, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, mode, program, dump_in, dump_out], capture_output=True,
                          text=True, cwd=tmp_path, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_programs_and_dumps_are_the_same_with_and_without_the_artifact(tmp_path):
    on = _run(tmp_path, "on", "-", str(tmp_path / "on.bin"))
    off = _run(tmp_path, "off", str(tmp_path / "on.bin"), str(tmp_path / "off.bin"))
    on_again = _run(tmp_path, "on", str(tmp_path / "off.bin"), str(tmp_path / "on2.bin"))

    assert off["straight"] == on["straight"]
    assert "[0, 1, 4, 9]" in on["straight"] and "[101, 102, 101]" in on["straight"]
    # a dump made with artifact-loaded code resumes where the code was compiled from source, and back
    # (the dump is made paused at the object_hook call: what is printed after it)
    tail = on["straight"][on["straight"].index("[101, 102, 101]"):]
    assert off["resumed"] == on_again["resumed"] == tail
    # same code refs: the same prelude fingerprint, module fingerprints and code-object counts
    assert on["prelude"] == off["prelude"] == on_again["prelude"]
    assert on["modules"] == off["modules"]
    assert off["loaded"] == []
    current = {n for n, source in precompile.sources().items() if precompile.is_current(n, source)}
    expected = sorted(({precompile.PRELUDE} | set(on["modules"])) & current)
    assert on["loaded"] == expected, f"run `{REGENERATE}` if the artifact is stale"
    assert {"json", "collections", "dataclasses", "asyncio", "datetime", "re"} <= set(on["modules"])
