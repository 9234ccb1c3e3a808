"""The objects of math, random, hashlib, datetime, time, io, csv, statistics and uuid survive a pause:
a program holding a seeded generator, a hash object fed in pieces, datetimes, a half-read StringIO and a
csv reader in the middle of a quoted field is dumped at each host call, loaded and resumed, and prints
what an uninterrupted run prints (and what CPython prints)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from monty_peg import CollectStreams, FunctionSnapshot, Monty, MontyComplete, MontySnapshotError
from monty_peg.runtime import snapshot as codec

PROGRAM = """
import random, hashlib, math, statistics, io, csv, uuid, base64
from datetime import date, datetime, timedelta, timezone

rng = random.Random(fetch("seed"))
random.seed(7)
h = hashlib.sha256(b"first ")
b2 = hashlib.blake2b(digest_size=8, key=b"k")
when = datetime(2024, 2, 28, 23, 30, tzinfo=timezone(timedelta(hours=2), "X"))
buf = io.StringIO('name,notes\\nann,"multi\\nline"\\nbob,plain\\n')
reader = csv.reader(buf)
header = next(reader)
draws = [rng.random(), random.randint(1, 100)]
h.update(fetch("chunk"))
b2.update(b"abc")
draws += [rng.choice("abcdef"), random.gauss(0, 1)]
row = next(reader)
when = when + timedelta(hours=fetch("hours"))
draws.append(rng.sample(range(100), 3))
rows = [row] + list(reader)
out = io.StringIO()
csv.writer(out).writerows(rows)
print(draws, rng.getrandbits(40), random.random())
print(h.hexdigest(), h.copy().hexdigest() == h.hexdigest(), b2.hexdigest(), h.name, h.digest_size)
print(when, repr(when), when.astimezone(timezone.utc), date(2024, 3, 1) - when.date())
print(header, rows, repr(out.getvalue()), buf.tell())
print(math.comb(30, 15), statistics.mean([1.5, 2.25, fetch("hours")]), uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
print(base64.b64encode(h.digest()))
"""

ANSWERS = {"seed": 12345, "chunk": b"second", "hours": 5}


def run_through(dump: bool, program=PROGRAM, answers=ANSWERS, **kw):
    m = Monty(program, external_functions=["fetch"])
    out = CollectStreams()
    s = m.start(print_callback=out, **kw)
    while not isinstance(s, MontyComplete):
        assert isinstance(s, FunctionSnapshot), s
        if dump:
            s = FunctionSnapshot.load(s.dump())
        s = s.resume(return_value=answers[s.args[0]], print_callback=out)
    return out.stdout


def cpython(program=PROGRAM, answers=ANSWERS) -> str:
    source = f"ANSWERS = {answers!r}\ndef fetch(what):\n    return ANSWERS[what]\n" + program
    return subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True).stdout


def test_stdlib_objects_survive_dump_and_load():
    straight = run_through(dump=False)
    assert run_through(dump=True) == straight
    assert straight == cpython()


def test_a_forged_random_state_is_refused():
    import msgpack

    m = Monty("import random\nr = random.Random(1)\nfetch()\nr.random()", external_functions=["fetch"])
    data = m.start().dump()
    FunctionSnapshot.load(data)  # the dump loads as it is
    start = codec.HEADER.size
    doc = msgpack.unpackb(data[start:], raw=False, strict_map_key=False)
    states = [e for e in doc["objects"] if isinstance(e, list) and e and e[0] == codec.K_STDLIB_OBJECT]
    assert states
    for entry in states:  # the Mersenne Twister's 625 words are 2500 bytes: cut one word off
        entry[3][1] = entry[3][1][:-4]
    forged = data[:start] + msgpack.packb(doc, use_bin_type=True)
    with pytest.raises(MontySnapshotError, match="stdlib object"):
        FunctionSnapshot.load(forged)


SEEDED = """
import random, uuid
print(random.random(), random.randint(1, 10 ** 6), random.Random().random(), uuid.uuid4(), random.SystemRandom().random())
"""


def test_a_host_seed_makes_the_run_deterministic():
    first = Monty(SEEDED).start(random_seed=42)
    second = Monty(SEEDED).start(random_seed=42)
    assert isinstance(first, MontyComplete) and isinstance(second, MontyComplete)
    out1, out2, out3 = CollectStreams(), CollectStreams(), CollectStreams()
    Monty(SEEDED).run(random_seed=42, print_callback=out1)
    Monty(SEEDED).run(random_seed=42, print_callback=out2)
    Monty(SEEDED).run(random_seed=43, print_callback=out3)
    assert out1.stdout == out2.stdout != out3.stdout
    import random

    expected = random.Random(42)
    assert out1.stdout.split()[0] == repr(expected.random())  # the module's generator is seeded with it


def test_without_a_host_seed_runs_differ():
    out1, out2 = CollectStreams(), CollectStreams()
    Monty(SEEDED).run(print_callback=out1)
    Monty(SEEDED).run(print_callback=out2)
    assert out1.stdout != out2.stdout


def test_a_seeded_run_stays_deterministic_across_a_pause():
    program = "import random, uuid\na = random.random()\nfetch('x')\nprint(a, random.random(), uuid.uuid4())\n"
    outs = []
    for dump in (False, True):
        m = Monty(program, external_functions=["fetch"])
        out = CollectStreams()
        s = m.start(print_callback=out, random_seed="agent-7")
        if dump:
            s = FunctionSnapshot.load(s.dump())
        s.resume(return_value=None, print_callback=out)
        outs.append(out.stdout)
    assert outs[0] == outs[1]
