"""Load fuzzer: feed mutated, truncated, forged and random bytes to `Monty.load`, `FunctionSnapshot.load`
and `NameLookupSnapshot.load`, and report anything that is not a `MontySnapshotError`.

    python fuzz/fuzz_load.py --examples 100000            # the long run (a few minutes)
    python fuzz/fuzz_load.py --examples 2000 --seed 7     # a quick one
    python fuzz/fuzz_load.py --examples 20000 --execute   # also run/resume whatever loads

Seeds are real dumps (programs, and snapshots paused at host calls and name lookups in generators,
closures, handlers, comprehensions, sorted/map callbacks...). Each example derives new bytes from a seed
with one of several mutators — truncation, byte edits, insert/delete, splices, random bytes behind a valid
header, header edits, and structure-aware edits of the decoded msgpack document (a node replaced by a
nearby integer, a value of another type, a huge declared length, a deep nesting...), recursing into the
program embedded in a snapshot — and gives the bytes to all three loaders.

An outcome is a finding when a loader raises anything but `MontySnapshotError`, takes longer than
`--slow` seconds, does not return within `--hang` seconds, or grows the process's peak memory by more than
`--memory-mb`. With `--execute`, bytes that load are also run (programs) or resumed (snapshots) under
tight limits, and anything other than completion or a `MontyError` is a finding too ("after load").

The hang guard is SIGALRM, which Python handles between bytecodes: a loop inside C code (for example
`list()` over an endless native iterator) cannot be interrupted by it, so run long campaigns under
`timeout`.

Exit status: 0 when there were no findings, 1 otherwise. Findings are printed with the mutator that made
them and the bytes (base64, truncated); `--save DIR` writes each finding's bytes to DIR.
"""

from __future__ import annotations

import argparse
import base64
import collections
import os
import random
import re
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import msgpack  # noqa: E402

from monty_peg import (FunctionSnapshot, Monty, MontyComplete, MontyError, MontySnapshotError,  # noqa: E402
                       NameLookupSnapshot)

HEADER_SIZE = 11  # b"MONTYPEG", version (2 bytes), kind (1 byte)

# ---------------------------------------------------------------- seeds

SEED_PROGRAMS = [
    ("x + 1", ["x"], []),
    ("data = fetch(url)\nlen(data)", ["url"], ["fetch"]),
    ("""
def g(x):
    return fetch(x) + 1
def f(x, *, k=2):
    return g(x) * k
total = 0
for i in range(3):
    total += f(i)
print('total', total)
total
""", [], ["fetch"]),
    ("""
def gen(n):
    for i in range(n):
        yield fetch(i)
g = gen(3)
first = next(g)
[first] + list(g)
""", [], ["fetch"]),
    ("""
def outer():
    n = [fetch(1)]
    def inner(m=fetch(2)):
        nonlocal n
        n = n + [m]
        return fetch(n)
    return inner()
outer()
""", [], ["fetch"]),
    ("""
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
    r = fetch(repr(e))
finally:
    done = fetch('finally')
(r, done, str(err))
""", [], ["fetch"]),
    ("sorted([3, 1, 2], key=fetch)", [], ["fetch"]),
    ("list(map(fetch, [1, 2, 3])) + list(filter(fetch, [0, 1]))", [], ["fetch"]),
    ("""
it = iter([1, 2, 3])
e = enumerate('abc')
z = zip([1, 2], [3, 4])
next(it); next(e)
big = 10 ** 40
b = bytearray(b'xy')
s = {1, 2, frozenset({3})}
t = (1, (2.5, None, ...), b'raw')
sl = slice(1, None, 2)
r = range(2, 20, 3)
d = {'k': [1, {'n': t}]}
d['self'] = d
f = fetch(big, s=s, d=d)
(next(it), next(e), list(z), big, b, s, t, r[1], [1, 2, 3, 4][sl], f)
""", [], ["fetch"]),
    ("value = missing_name + 1\nvalue * 2", [], []),
    ("import sys\nprint('err', file=sys.stderr)\nf'{fetch(1)!r:>6}|{fetch(2)}'", [], ["fetch"]),
    ("max([1, 5, 3], key=fetch), sum(fetch(i) for i in range(3)), any(fetch(i) for i in range(2))", [], ["fetch"]),
    ("""
def f():
    try:
        raise ValueError('inner')
    except ValueError:
        x = fetch('in handler')
        raise KeyError('outer')
try:
    f()
except KeyError as e:
    caught = (repr(e), repr(e.__context__))
caught
""", [], ["fetch"]),
]


def build_seeds():
    """[(kind, bytes)] with kind "P" or "S": programs, and snapshots at every pause of each program."""
    seeds = []
    for source, inputs, externals in SEED_PROGRAMS:
        m = Monty(source, inputs=inputs, external_functions=externals)
        seeds.append(("P", m.dump()))
        values = {name: f"input {name}" for name in inputs}
        try:
            s = m.start(inputs=values, print_callback=lambda stream, text: None)
        except MontyError:
            continue
        count = 0
        while not isinstance(s, MontyComplete) and count < 8:
            try:
                seeds.append(("S", s.dump()))
            except Exception:  # noqa: BLE001 - a state dump() cannot save is not a seed
                pass
            try:
                if isinstance(s, NameLookupSnapshot):
                    s = s.resume(41)
                else:
                    s = s.resume(return_value=s.args[0] if s.args else None)
            except MontyError:
                break
            count += 1
    return seeds


# ---------------------------------------------------------------- mutators

INTERESTING_INTS = [0, 1, -1, 2, 3, 7, 8, 15, 16, 17, 31, 63, 64, 127, 128, 255, 256, 1000, 4096, 65535,
                    1 << 16, 1 << 20, 1 << 31, (1 << 31) - 1, 1 << 32, (1 << 32) - 1, 1 << 63, (1 << 64) - 1,
                    -(1 << 31), -(1 << 63)]


def mutate_bytes_truncate(rng, data, seeds):
    return data[:rng.randrange(len(data))]


def mutate_bytes_edit(rng, data, seeds):
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 8])):
        i = rng.randrange(len(b))
        how = rng.random()
        if how < 0.4:
            b[i] ^= 1 << rng.randrange(8)
        elif how < 0.8:
            b[i] = rng.randrange(256)
        else:
            b[i] = rng.choice([0x00, 0x7F, 0x80, 0xC0, 0xC1, 0xC4, 0xD4, 0xDC, 0xDD, 0xDE, 0xDF, 0xFF])
    return bytes(b)


def mutate_bytes_insert_delete(rng, data, seeds):
    b = bytearray(data)
    i = rng.randrange(len(b) + 1)
    if rng.random() < 0.5 and len(b) > 1:
        del b[i:i + rng.randrange(1, 16)]
    else:
        b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    return bytes(b)


def mutate_bytes_splice(rng, data, seeds):
    other = rng.choice(seeds)[1]
    i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return data[:i] + other[j:]


def mutate_random(rng, data, seeds):
    n = rng.choice([0, 1, 5, 11, 12, 20, 100, 1000])
    body = bytes(rng.randrange(256) for _ in range(n))
    if rng.random() < 0.7:
        return data[:HEADER_SIZE] + body
    return body


def mutate_header(rng, data, seeds):
    b = bytearray(data)
    how = rng.randrange(4)
    if how == 0:  # version
        b[8:10] = rng.choice([0, 2, 3, 255, 256, 65535]).to_bytes(2, "big")
    elif how == 1:  # kind
        b[10] = rng.choice([ord("P"), ord("S"), ord("X"), 0])
    elif how == 2:  # magic
        b[rng.randrange(8)] = rng.randrange(256)
    else:  # header only, or header twice
        return bytes(b[:HEADER_SIZE]) * rng.choice([1, 2])
    return bytes(b)


def _random_scalar(rng, depth=0):
    r = rng.random()
    if r < 0.35:
        return rng.choice(INTERESTING_INTS)
    if r < 0.45:
        return rng.choice(["", "x", "call", "lookup", "stdout", "binop", "t", "f", "global", "type", "bound",
                           "prelude", "iter", "__class__", "main.py", "\ud800"])
    if r < 0.55:
        return rng.choice([b"", b"\x00" * 4, b"\xff" * 4, b"+", b"-\x01", b"+" + b"\xff" * 40, b"E", b"P", b"Z"])
    if r < 0.62:
        return rng.choice([None, True, False, 0.5, float("nan"), float("inf"), -0.0])
    if r < 0.8:
        code = rng.choice([1, 2, 3, 4, 5, 0, 6, 127, -1])
        data = rng.choice([b"", b"\x00\x00\x00\x00", b"\x00\x00\x00\x01", b"\x00\x00\x00\x05",
                           b"\xff\xff\xff\xff", b"\x00\x00\x01\x00", b"E", b"P", b"U", b"L", b"M", b"N", b"+\x05",
                           b"-" + b"\x01" * 30, b"\x00\x00\x00"])
        return msgpack.ExtType(code, data)
    if r < 0.9 and depth < 3:
        return [_random_scalar(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 3:
        return {rng.choice(["a", "k", "meta", "root"]): _random_scalar(rng, depth + 1) for _ in range(rng.randrange(3))}
    return None


def _nodes(doc, limit=50_000):
    """Every (container, key) position in the document, breadth first, bounded."""
    out, queue = [], [doc]
    while queue and len(out) < limit:
        node = queue.pop(0)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for k, v in items:
            out.append((node, k))
            if isinstance(v, (list, dict)):
                queue.append(v)
    return out


def _mutate_doc(rng, doc, seeds, depth=0):
    nodes = _nodes(doc)
    if not nodes:
        return _random_scalar(rng)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        parent, key = rng.choice(nodes)
        old = parent[key]
        how = rng.random()
        if isinstance(old, bytes) and old.startswith(b"MONTYPEG") and depth == 0 and how < 0.5:
            parent[key] = _mutate_embedded(rng, old, seeds)  # the program inside a snapshot
        elif isinstance(old, int) and not isinstance(old, bool) and how < 0.6:
            parent[key] = rng.choice([old + 1, old - 1, old + rng.randrange(1, 5), -old, old * 2 + 1,
                                      rng.choice(INTERESTING_INTS)])
        elif isinstance(old, msgpack.ExtType) and how < 0.6:
            data = bytearray(old.data)
            if data and rng.random() < 0.7:
                data[-1] = (data[-1] + rng.choice([1, 2, 255, 100])) % 256
            parent[key] = msgpack.ExtType(rng.choice([old.code, old.code, rng.randrange(-2, 8)]), bytes(data))
        elif isinstance(old, list) and how < 0.5:
            op = rng.randrange(5)
            if op == 0 and old:
                del old[rng.randrange(len(old))]
            elif op == 1:
                old.insert(rng.randrange(len(old) + 1), _random_scalar(rng))
            elif op == 2 and old:
                old.append(old[rng.randrange(len(old))])
            elif op == 3 and len(old) > 1:
                i, j = rng.randrange(len(old)), rng.randrange(len(old))
                old[i], old[j] = old[j], old[i]
            else:
                parent[key] = old[:rng.randrange(len(old) + 1)]
        elif how < 0.7:
            parent[key] = _random_scalar(rng)
        elif how < 0.8:  # another node of the same document (aliasing, wrong-kind references)
            other_parent, other_key = rng.choice(nodes)
            parent[key] = other_parent[other_key]
        elif how < 0.9 and isinstance(parent, dict):
            del parent[key]
            return doc
        else:
            nested = []
            for _ in range(rng.choice([10, 100, 1000, 5000])):
                nested = [nested]
            parent[key] = nested
    return doc


def _mutate_embedded(rng, data, seeds):
    try:
        doc = msgpack.unpackb(data[HEADER_SIZE:], raw=False, strict_map_key=False)
    except Exception:  # noqa: BLE001
        return data
    return data[:HEADER_SIZE] + _pack(_mutate_doc(rng, doc, seeds, depth=1))


def _pack(doc):
    try:
        return msgpack.packb(doc, use_bin_type=True, unicode_errors="surrogatepass")
    except Exception:  # noqa: BLE001 - e.g. a nesting msgpack itself refuses to write
        return msgpack.packb(None)


def mutate_structure(rng, data, seeds):
    doc = msgpack.unpackb(data[HEADER_SIZE:], raw=False, strict_map_key=False)
    return data[:HEADER_SIZE] + _pack(_mutate_doc(rng, doc, seeds))


def mutate_huge_length(rng, data, seeds):
    """A msgpack header declaring far more elements or bytes than follow."""
    marker = rng.choice([b"\xdd\xff\xff\xff\xff", b"\xdf\xff\xff\xff\xff", b"\xc6\xff\xff\xff\xff",
                         b"\xdb\x7f\xff\xff\xff", b"\xdc\xff\xff", b"\xc9\xff\xff\xff\xff\x05"])
    i = rng.randrange(HEADER_SIZE, len(data) + 1)
    return data[:i] + marker + data[i:i + rng.randrange(64)]


MUTATORS = [
    (mutate_bytes_truncate, 3), (mutate_bytes_edit, 4), (mutate_bytes_insert_delete, 2),
    (mutate_bytes_splice, 1), (mutate_random, 1), (mutate_header, 1), (mutate_structure, 8),
    (mutate_huge_length, 1),
]


# ---------------------------------------------------------------- running


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no `except Exception` in the code under test swallows it."""


def _on_alarm(signum, frame):
    raise Hang()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


LOADERS = [("Monty.load", Monty.load), ("FunctionSnapshot.load", FunctionSnapshot.load),
           ("NameLookupSnapshot.load", NameLookupSnapshot.load)]
EXEC_LIMITS = {"max_steps": 20_000, "max_duration_secs": 1.0, "max_memory": 64 * 1024 * 1024,
               "max_recursion_depth": 100, "max_output_bytes": 1 << 16}


def _quiet(stream, text):
    pass


def execute(loaded):
    """Run a loaded program or resume a loaded snapshot to its end; MontyError is an acceptable end."""
    try:
        if isinstance(loaded, Monty):
            hosts = {name: (lambda *a, **k: None) for name in loaded.external_functions}
            loaded.run(inputs={name: None for name in loaded.inputs}, external_functions=hosts,
                       limits=EXEC_LIMITS, print_callback=_quiet)
            return
        s = loaded
        for _ in range(20):
            if isinstance(s, MontyComplete):
                return
            if isinstance(s, NameLookupSnapshot):
                s = s.resume(1, print_callback=_quiet)
            else:
                s = s.resume(return_value=1, print_callback=_quiet)
    except MontyError:
        pass


class Finding:
    __slots__ = ("kind", "loader", "mutator", "error", "data", "where")

    def __init__(self, kind, loader, mutator, error, data, where=""):
        self.kind, self.loader, self.mutator, self.error, self.data, self.where = \
            kind, loader, mutator, error, data, where

    def signature(self):
        return (self.kind, self.loader, self.error.split(":")[0], self.where)


_PYTHON_ERROR = re.compile(r"^invalid dump: ([A-Z][A-Za-z]*(Error|Exception|Exit|Iteration|Interrupt)): ")


def reason_of(message: str) -> str:
    """A MontySnapshotError message without its variable parts, to count rejections by cause. Messages of
    the form `invalid dump: SomePythonError: ...` come from the loader's catch-all, not from a check."""
    m = _PYTHON_ERROR.match(message)
    if m:
        return f"fallback {m.group(1)}"
    message = re.sub(r"\d+", "N", message)
    message = re.sub(r"'[^']*'|\"[^\"]*\"|\[.*\]|\(.*\)", "...", message)
    return message[:90]


def innermost(tb) -> str:
    frames = traceback.extract_tb(tb)
    if not frames:
        return ""
    f = frames[-1]
    return f"{os.path.basename(f.filename)}:{f.lineno} in {f.name}"


def run(args) -> int:
    rng = random.Random(args.seed)
    seeds = build_seeds()
    print(f"fuzz_load: {len(seeds)} seed dumps ({sum(k == 'P' for k, _ in seeds)} programs, "
          f"{sum(k == 'S' for k, _ in seeds)} snapshots); {args.examples} examples, seed {args.seed}", flush=True)
    mutators, weights = zip(*MUTATORS)
    counts = collections.Counter()
    reasons = collections.Counter()
    fallback_examples = {}
    by_mutator = collections.Counter()
    findings, signatures = [], set()
    slowest = (0.0, "")
    signal.signal(signal.SIGALRM, _on_alarm)
    baseline_rss = peak_rss_mb()
    started = time.perf_counter()
    last_report = started

    for n in range(args.examples):
        kind, seed = rng.choice(seeds)
        mutator = rng.choices(mutators, weights)[0]
        try:
            data = mutator(rng, seed, seeds)
        except Exception:  # noqa: BLE001 - a mutator that cannot apply: fall back to a truncation
            data = mutate_bytes_truncate(rng, seed, seeds)
        by_mutator[mutator.__name__] += 1
        for loader_name, loader in LOADERS:
            before_rss = peak_rss_mb()
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, args.hang)
            found = None
            loaded = None
            try:
                loaded = loader(data)
                counts["loaded"] += 1
            except MontySnapshotError as e:
                counts["rejected"] += 1
                reason = reason_of(str(e))
                reasons[reason] += 1
                if reason.startswith("fallback"):
                    fallback_examples.setdefault(reason, str(e)[:200])
            except Hang:
                found = Finding("hang", loader_name, mutator.__name__, f"no answer after {args.hang} s", data)
            except BaseException as e:  # noqa: BLE001 - exactly what we are looking for
                found = Finding("wrong exception", loader_name, mutator.__name__, f"{type(e).__name__}: {e}"[:300],
                                data, innermost(e.__traceback__))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - t0
            if elapsed > slowest[0]:
                slowest = (elapsed, f"{loader_name} on {len(data)} bytes from {mutator.__name__}")
            if found is None and elapsed > args.slow:
                found = Finding("slow", loader_name, mutator.__name__, f"{elapsed:.2f} s", data)
            if found is None and peak_rss_mb() - before_rss > args.memory_mb:
                found = Finding("memory", loader_name, mutator.__name__,
                                f"peak RSS grew {peak_rss_mb() - before_rss:.0f} MB", data)
            if found is None and loaded is not None and args.execute:
                signal.setitimer(signal.ITIMER_REAL, args.hang)
                try:
                    execute(loaded)
                    counts["executed"] += 1
                except Hang:
                    found = Finding("hang after load", loader_name, mutator.__name__, "run/resume did not end", data)
                except BaseException as e:  # noqa: BLE001
                    found = Finding("after load", loader_name, mutator.__name__,
                                    f"{type(e).__name__}: {e}"[:300], data, innermost(e.__traceback__))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            if found is not None:
                counts["findings"] += 1
                sig = found.signature()
                if sig not in signatures:
                    signatures.add(sig)
                    findings.append(found)
                    report_finding(found, len(findings), args.save)
        now = time.perf_counter()
        if args.progress and now - last_report > args.progress:
            last_report = now
            print(f"  {n + 1} examples, {counts['rejected']} rejected, {counts['loaded']} loaded, "
                  f"{counts['findings']} findings, {now - started:.0f} s", flush=True)

    total = time.perf_counter() - started
    calls = counts["rejected"] + counts["loaded"] + counts["findings"]
    print(f"fuzz_load: {args.examples} examples, {calls} loader calls in {total:.1f} s "
          f"({1e6 * total / max(calls, 1):.0f} us per call)")
    print(f"  rejected with MontySnapshotError: {counts['rejected']}")
    print(f"  loaded (bytes still valid): {counts['loaded']}" +
          (f", of which run/resumed: {counts['executed']}" if args.execute else ""))
    print(f"  findings: {counts['findings']} ({len(findings)} distinct)")
    print(f"  slowest loader call: {slowest[0] * 1000:.1f} ms ({slowest[1]})")
    print(f"  peak RSS: {peak_rss_mb():.0f} MB (start {baseline_rss:.0f} MB)")
    fallback = sum(v for k, v in reasons.items() if k.startswith("fallback"))
    print(f"  rejections by the load-time checks: {counts['rejected'] - fallback}; by the catch-all for "
          f"unexpected errors in the decoder: {fallback}")
    for reason, count in reasons.most_common(args.reasons):
        print(f"    {count:7d}  {reason}")
    if fallback_examples:
        print("  catch-all rejections (the decoder did not anticipate these; not findings):")
        for reason, example in sorted(fallback_examples.items()):
            print(f"    {reasons[reason]:7d}  {example}")
    print("  mutators: " + ", ".join(f"{k.replace('mutate_', '')} {v}" for k, v in sorted(by_mutator.items())))
    return 1 if findings else 0


def report_finding(f: Finding, number: int, save_dir):
    shown = base64.b64encode(f.data[:600]).decode()
    print(f"FINDING {number}: {f.kind} from {f.loader} ({f.mutator}): {f.error}" +
          (f" at {f.where}" if f.where else ""), flush=True)
    print(f"  {len(f.data)} bytes, base64 of the first 600: {shown}", flush=True)
    if save_dir:
        path = Path(save_dir)
        path.mkdir(parents=True, exist_ok=True)
        (path / f"finding_{number:03d}.bin").write_bytes(f.data)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--examples", type=int, default=10_000, help="number of generated inputs (default 10000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--execute", action="store_true", help="also run/resume what loads, under tight limits")
    p.add_argument("--hang", type=float, default=10.0, help="seconds before a call counts as a hang")
    p.add_argument("--slow", type=float, default=1.0, help="seconds above which a load is a finding")
    p.add_argument("--memory-mb", type=float, default=200.0, help="peak-RSS growth of one load that is a finding")
    p.add_argument("--progress", type=float, default=30.0, help="seconds between progress lines (0: none)")
    p.add_argument("--reasons", type=int, default=25, help="how many rejection reasons to list")
    p.add_argument("--save", metavar="DIR", help="write each distinct finding's bytes to DIR")
    args = p.parse_args(argv)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
