"""The long run: `python -m fuzz --minutes N` (see docs/fuzzing.md).

Starts `--jobs` processes (default: one per CPU), each with its own CPython worker. The default driver
(`random`) draws programs with `random.Random` from the same generator (no hypothesis per example), sends
them to CPython in batches and runs them on monty_peg's interpreter tier (host-call programs on the default
tier); a divergence is shrunk by hypothesis from its recorded choices, reduced and written as a corpus case
(to `fuzz/found/`, or `tests/cases/` with `--write-cases`). `--driver hypothesis` runs chunks of hypothesis
runs instead, sharing the example database in `fuzz/.db/`. A found signature is then known to that job (and
claimed for the others), which goes on looking for other ones. The parent prints a progress line every
`--every` seconds, and at the end the totals, the mean program size, every distinct divergence, and (unless
`--no-coverage`) the line coverage of `runtime/` and `monty_peg/` reached by job 0's programs while it was
traced. The summary is also written to `fuzz/runs/last.json`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue as queue_module
import sys
import time
import traceback
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
RUNS = Path(__file__).with_name("runs")
GRACE = 100.0  # seconds a job may take past the deadline to finish shrinking and writing a divergence


def job(index: int, deadline: float, events, options: dict):
    """One fuzzing process: chunks of hypothesis runs until the deadline."""
    sys.path.insert(0, str(ROOT))
    if options.get("write_cases"):
        os.environ["FUZZ_WRITE_CASES"] = "1"
    cov = None
    if options.get("coverage") and index == 0:
        try:
            import coverage

            RUNS.mkdir(exist_ok=True)
            cov = coverage.Coverage(data_file=str(RUNS / ".coverage"), source=[str(ROOT / "runtime"),
                                                                                str(ROOT / "monty_peg")])
            cov.start()
            # tracing slows this job down about threefold and coverage saturates early: trace only the
            # first part of the run
            length = deadline - time.time()
            if options.get("coverage_minutes") is not None:
                window = 60.0 * options["coverage_minutes"]
            elif options.get("driver") == "hypothesis":
                window = min(300.0, 0.3 * length)
            else:
                window = min(180.0, max(60.0, 0.1 * length))
            options["coverage_until"] = time.time() + window
        except ImportError:
            events.put(("note", index, "coverage is not installed: no coverage report (pip install coverage)"))
    try:
        if cov is not None:
            options["cov"] = cov
        (_fuzz if options.get("driver") == "hypothesis" else _fuzz_random)(index, deadline, events, options)
    except Exception:  # noqa: BLE001 - report and stop this job
        events.put(("error", index, traceback.format_exc()))
    finally:
        if cov is not None and options.get("cov") is not None:  # (else already saved when tracing stopped)
            cov.stop()
            cov.save()
            events.put(("coverage", index, str(RUNS / ".coverage")))
        events.put(("done", index, None))


def _fuzz(index: int, deadline: float, events, options: dict):
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings, target

    from fuzz import cpython, profiles, reduce
    from fuzz import test_differential as td
    from fuzz.strategies import programs

    reduce.cap_shrinking(options.get("shrink_seconds", 20))
    td.REDUCE_SECONDS = options.get("reduce_seconds", 45)
    session = td.Session()
    oracle = cpython.Oracle()
    last = [0.0]

    def progress():
        now = time.time()
        if now - last[0] >= 1.0:
            last[0] = now
            s = session.stats
            events.put(("progress", index, _counts(s)))

    def found(div, path):
        events.put(("divergence", index, {"signature": div.signature, "kind": div.kind, "path": str(path),
                                          "source": div.source, "cpython": _slim(div.cpython),
                                          "monty": _slim(div.monty), "keys": div.keys}))

    cov_until = options.get("coverage_until")

    def progress_and_coverage():
        progress()
        if cov_until is not None and time.time() > cov_until and options.get("cov") is not None:
            cov = options.pop("cov")
            cov.stop()
            cov.save()
            events.put(("coverage", index, str(RUNS / ".coverage")))

    session.on_program = progress_and_coverage if cov_until else progress
    session.on_divergence = found
    rate = 20.0
    chunks = 0
    database = profiles.database()
    while time.time() < deadline - 5:
        remaining = deadline - time.time()
        chunk = int(max(10, min(rate * min(30.0, remaining), 5000)))
        if remaining < 10:
            break
        before, started = session.stats.programs, time.time()

        # hypothesis's hill-climbing phase drives every program to the size cap, which is slow: run it in
        # one chunk out of four, plain generation (plus shrinking) in the others
        phases = [Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink]
        targeting = chunks % 4 == 3
        if targeting:
            phases.insert(3, Phase.target)
        # one chunk in three: programs calling a host function, checked against CPython and paused/resumed
        mode = "host" if chunks % 3 == 2 else "plain"
        chunks += 1

        @settings(max_examples=chunk, database=database, deadline=None, print_blob=False, phases=phases,
                  verbosity=Verbosity.quiet,
                  suppress_health_check=[HealthCheck.differing_executors, HealthCheck.too_slow])
        @given(programs(host_functions=("fetch",) if mode == "host" else ()))
        def chunk_test(program):
            if time.time() > deadline:
                return  # out of time: let hypothesis finish the chunk cheaply
            if targeting:  # (hypothesis hill-climbs whenever it has seen targets, even in the generate phase)
                target(float(program.statements), label="statements")
                target(float(len(program.features)), label="features")
            td.check(program.source, session, oracle, mode=mode)

        try:
            chunk_test()
        except AssertionError:
            pass  # a divergence: written and reported by `found`
        except Exception:  # noqa: BLE001 - e.g. hypothesis flakiness errors: report, go on
            events.put(("note", index, traceback.format_exc(limit=3)))
        if session.focus is not None:
            session.known.add(session.focus)
            session.focus = None
        took = time.time() - started
        done = session.stats.programs - before
        if took > 1 and done:
            rate = done / took
    oracle.close()
    events.put(("progress", index, _counts(session.stats)))


def _counts(s) -> tuple:
    return (s.programs, s.compared, s.inconclusive, s.known, s.divergent, dict(s.reasons), s.lines, dict(s.tiers))


def _fuzz_random(index: int, deadline: float, events, options: dict):
    """The throughput driver (the default): programs drawn with `random.Random` rather than through
    hypothesis (see `strategies.RandomChoices`), sent to CPython in batches, run by monty_peg on the tiers
    of `--tiers` in turn. A divergence is then shrunk by hypothesis (its choices replayed through
    `ConjectureData`), reduced by fuzz/reduce.py, written and reported like the hypothesis driver's."""
    import random

    from fuzz import cpython, harness, reduce, strategies
    from fuzz import test_differential as td

    td.REDUCE_SECONDS = options.get("reduce_seconds", 45)
    session = td.Session()
    stats = session.stats
    oracle = cpython.Oracle()
    seed = options.get("seed")
    rng = random.Random(f"{seed}:{index}" if seed is not None else None)
    tiers = tuple(options.get("tiers") or (None,))
    size = options.get("batch", 16)
    cov_until = options.get("coverage_until")
    last = 0.0
    batches = 0
    limit = options.get("max_programs")  # (for measuring: stop after this many programs)
    while time.time() < deadline and (limit is None or stats.programs < limit):
        # one batch in four: programs calling a host function, checked against CPython and paused/resumed,
        # on the default tier (a program loaded from its dump runs on the default tier, so both sides of the
        # pause comparison do)
        mode = "host" if batches % 4 == 3 else "plain"
        batches += 1
        hosts = ("fetch",) if mode == "host" else ()
        drawn = []
        for _ in range(size):
            cap = strategies.random_size(rng)
            program, choices = strategies.random_program(rng, hosts, cap)
            drawn.append((program.source, choices, cap))
        prelude = harness.HOST_SOURCE if mode == "host" else None
        records = oracle.run_many([(source, prelude) for source, _, _ in drawn])
        for (source, choices, cap), cp in zip(drawn, records):
            if time.time() > deadline:
                break
            tier = tiers[stats.programs % len(tiers)] if mode == "plain" else None
            stats.programs += 1
            stats.lines += source.count("\n")
            stats.tiers[tier or "default"] = stats.tiers.get(tier or "default", 0) + 1
            div, why = td.outcome(source, oracle, mode, cp=cp, tier=tier)
            if why:
                stats.inconclusive += 1
                stats.reasons[why] = stats.reasons.get(why, 0) + 1
                continue
            stats.compared += 1
            if div is None:
                continue
            if div.signature in session.known or _claimed_elsewhere(div.signature, options):
                session.known.add(div.signature)
                stats.known += 1
                continue
            stats.divergent += 1
            session.known.add(div.signature)
            div = _minimize_random(div, choices, cap, hosts, mode, tier, oracle, options)
            div.tier = tier
            path = harness.write_case(div)
            events.put(("divergence", index, {"signature": div.signature, "kind": div.kind, "path": str(path),
                                              "source": div.source, "cpython": _slim(div.cpython),
                                              "monty": _slim(div.monty), "keys": div.keys, "tier": tier}))
        now = time.time()
        if now - last >= 1.0:
            last = now
            events.put(("progress", index, _counts(stats)))
            if cov_until is not None and now > cov_until and options.get("cov") is not None:
                cov = options.pop("cov")
                cov.stop()
                cov.save()
                events.put(("coverage", index, str(RUNS / ".coverage")))
    oracle.close()
    events.put(("progress", index, _counts(stats)))


def _claimed_elsewhere(signature: str, options: dict) -> bool:
    """Whether another job of this run already found (and is shrinking) this signature; else claim it.
    Jobs share a file of signatures, read only when a job meets a divergence it does not know."""
    path = options.get("claims")
    if not path:
        return False
    try:
        with open(path, "a+", encoding="utf-8") as f:
            f.seek(0)
            if signature in f.read().splitlines():
                return True
            f.write(signature.replace("\n", " ") + "\n")
    except OSError:
        pass
    return False


def _minimize_random(div, choices, cap, hosts, mode, tier, oracle, options):
    """Shrink a divergence of the random driver: hypothesis's shrinker on its choices, then the syntax-level
    reducer (`test_differential.minimize`). Keeps the divergence's signature throughout."""
    from fuzz import reduce, strategies
    from fuzz import test_differential as td

    sig = div.signature

    def still(source):
        d, _ = td.outcome(source, oracle, mode, tier=tier)
        return d is not None and d.signature == sig

    shrunk = reduce.shrink_choices(choices, lambda data: strategies.replay(data, hosts, cap).source, still,
                                   options.get("shrink_seconds", 20))
    if shrunk is not None and shrunk != div.source:
        again, _ = td.outcome(shrunk, oracle, mode, tier=tier)
        if again is not None and again.signature == sig:
            div = again
    return td.minimize(div, oracle, mode, tier)


def _slim(record: dict) -> dict:
    out = {k: record.get(k) for k in ("stdout", "stderr", "result", "exception")}
    for k in ("stdout", "stderr"):
        if out[k] and len(out[k]) > 2000:
            out[k] = out[k][:2000] + "..."
    if record.get("internal"):
        out["internal"] = record["internal"][-3000:]
    return out


def source_digests() -> dict:
    """path -> sha1 of each measured file: a file edited during the run (the tree is shared) makes its
    coverage figures meaningless (they are line numbers), so the report marks it."""
    import hashlib

    return {str(path): hashlib.sha1(path.read_bytes()).hexdigest()
            for area in ("runtime", "monty_peg") for path in sorted((ROOT / area).glob("*.py"))}


def coverage_report(data_file: str, digests: Optional[dict] = None) -> dict:
    import coverage

    cov = coverage.Coverage(data_file=data_file)
    cov.load()
    changed = {p for p, d in source_digests().items() if digests is not None and digests.get(p) != d}
    rows = {}
    for area in ("runtime", "monty_peg"):
        statements = missing = 0
        files = {}
        for path in sorted((ROOT / area).glob("*.py")):
            if path.name == "_parser.py":  # generated parser tables and driver: not ours to cover
                continue
            try:
                _, stmts, _, miss, _ = cov.analysis2(str(path))
            except Exception:  # noqa: BLE001 - never imported in the run
                continue
            statements += len(stmts)
            missing += len(miss)
            name = path.name + (" (edited during the run: unreliable)" if str(path) in changed else "")
            files[name] = round(100.0 * (len(stmts) - len(miss)) / max(len(stmts), 1), 1)
        rows[area] = {"percent": round(100.0 * (statements - missing) / max(statements, 1), 1),
                      "statements": statements, "missing": missing, "files": files}
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--every", type=float, default=15.0, help="seconds between progress lines")
    parser.add_argument("--write-cases", action="store_true", help="write found cases into tests/cases/")
    parser.add_argument("--no-coverage", dest="coverage", action="store_false")
    parser.add_argument("--shrink-seconds", type=float, default=20.0)
    parser.add_argument("--reduce-seconds", type=float, default=45.0)
    parser.add_argument("--driver", choices=("random", "hypothesis"), default="random",
                        help="random: programs drawn with random.Random, CPython in batches (fast, the default); "
                             "hypothesis: chunks of hypothesis runs sharing the example database")
    parser.add_argument("--tiers", default="interp",
                        help="monty_peg tiers taken in turn by plain programs (random driver), comma-separated: "
                             "interp, auto, compiled, default ($MONTY_TIER, else auto); host-call programs always "
                             "run on the default tier")
    parser.add_argument("--batch", type=int, default=16, help="programs per CPython round trip (random driver)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the random driver (default: fresh)")
    parser.add_argument("--coverage-minutes", type=float, default=None,
                        help="trace job 0 for this many minutes at the start (default: 10%% of the run, "
                             "at least 1 and at most 3 minutes)")
    args = parser.parse_args(argv)
    tiers = [None if t.strip() in ("", "default") else t.strip() for t in args.tiers.split(",")]
    for t in tiers:
        if t not in (None, "interp", "auto", "compiled"):
            parser.error(f"unknown tier {t!r}")

    digests = source_digests() if args.coverage else None
    start = time.time()
    deadline = start + args.minutes * 60
    ctx = mp.get_context("spawn")
    events = ctx.Queue()
    options = {"write_cases": args.write_cases, "coverage": args.coverage,
               "shrink_seconds": args.shrink_seconds, "reduce_seconds": args.reduce_seconds,
               "driver": args.driver, "tiers": tiers, "batch": max(1, args.batch), "seed": args.seed,
               "coverage_minutes": args.coverage_minutes, "claims": str(RUNS / f"claims-{os.getpid()}.txt")}
    RUNS.mkdir(exist_ok=True)
    procs = [ctx.Process(target=job, args=(i, deadline, events, options), daemon=True) for i in range(args.jobs)]
    for p in procs:
        p.start()
    print(f"fuzzing for {args.minutes:g} min with {args.jobs} job(s); cases go to "
          f"{'tests/cases' if args.write_cases else 'fuzz/found'}", flush=True)

    per_job = {}
    divergences = {}
    notes = []
    coverage_file = None
    done = set()
    next_line = start + args.every
    try:
        while len(done) < len(procs):
            try:
                kind, index, payload = events.get(timeout=1.0)
            except queue_module.Empty:
                kind = None
                if all(not p.is_alive() for p in procs):
                    break
            if kind == "progress":
                per_job[index] = payload
            elif kind == "divergence":
                first = payload["signature"] not in divergences
                entry = divergences.setdefault(payload["signature"], dict(payload, count=0))
                entry["count"] += 1
                if first:
                    print(f"  divergence #{len(divergences)} ({payload['kind']}): {payload['path']}", flush=True)
            elif kind == "coverage":
                coverage_file = payload
            elif kind in ("note", "error"):
                notes.append(payload)
                print(f"  [{kind} from job {index}] {payload.strip().splitlines()[-1]}", flush=True)
            elif kind == "done":
                done.add(index)
            if time.time() > deadline + GRACE:  # a job stuck past the deadline (a long shrink): stop it
                late = [i for i, p in enumerate(procs) if p.is_alive() and i not in done]
                print(f"  stopping job(s) {late}: still busy {GRACE:.0f} s after the deadline", flush=True)
                for i in late:
                    procs[i].terminate()
                break
            if time.time() >= next_line:
                next_line += args.every
                print(_progress_line(start, per_job, divergences), flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    for p in procs:
        p.join(timeout=120)
        if p.is_alive():
            p.terminate()
    while True:  # drain late events
        try:
            kind, index, payload = events.get_nowait()
        except (queue_module.Empty, OSError, ValueError):
            break
        if kind == "progress":
            per_job[index] = payload
        elif kind == "coverage":
            coverage_file = payload
        elif kind == "divergence" and payload["signature"] not in divergences:
            divergences[payload["signature"]] = dict(payload, count=1)
    print(_progress_line(start, per_job, divergences), flush=True)

    totals = _totals(per_job)
    elapsed = time.time() - start
    summary = {"minutes": round(elapsed / 60, 2), "jobs": args.jobs, "driver": args.driver, **totals,
               "programs_per_second": round(totals["programs"] / max(elapsed, 1e-9), 1),
               "divergences": list(divergences.values())}
    if coverage_file:
        try:
            summary["coverage"] = coverage_report(coverage_file, digests)
        except Exception as e:  # noqa: BLE001
            summary["coverage_error"] = f"{type(e).__name__}: {e}"
    RUNS.mkdir(exist_ok=True)
    try:
        os.remove(options["claims"])
    except OSError:
        pass
    (RUNS / "last.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    _print_summary(summary)
    return 1 if divergences else 0


def _totals(per_job: dict) -> dict:
    keys = ("programs", "compared", "inconclusive", "known", "divergent")
    totals = {k: sum(v[i] for v in per_job.values()) for i, k in enumerate(keys)}
    reasons, tiers = {}, {}
    for v in per_job.values():
        for r, n in v[5].items():
            reasons[r] = reasons.get(r, 0) + n
        for t, n in v[7].items():
            tiers[t] = tiers.get(t, 0) + n
    totals["inconclusive_reasons"] = reasons
    totals["mean_lines"] = round(sum(v[6] for v in per_job.values()) / max(totals["programs"], 1), 1)
    totals["tiers"] = tiers
    return totals


def _progress_line(start: float, per_job: dict, divergences: dict) -> str:
    t = _totals(per_job)
    elapsed = time.time() - start
    return (f"[{int(elapsed // 60):02d}:{int(elapsed % 60):02d}] {t['programs']} programs "
            f"({t['programs'] / max(elapsed, 1e-9):.1f}/s), {t['compared']} compared, {t['inconclusive']} "
            f"inconclusive, {len(divergences)} divergence(s)")


def _print_summary(summary: dict):
    print()
    print(f"{summary['programs']} programs in {summary['minutes']} min ({summary['programs_per_second']}/s, "
          f"{summary['jobs']} jobs, {summary['driver']} driver): {summary['compared']} compared, "
          f"{summary['inconclusive']} inconclusive {summary['inconclusive_reasons']}, "
          f"{len(summary['divergences'])} distinct divergence(s)")
    print(f"mean program size {summary['mean_lines']} lines; monty_peg tiers {summary['tiers']}")
    for d in summary["divergences"]:
        tier = f", monty_peg tier {d['tier']}" if d.get("tier") else ""
        print(f"\n== {d['kind']} (seen {d['count']}x{tier}) -> {d['path']}")
        print(d["source"].rstrip())
        for key in d["keys"]:
            print(f"-- {key}: cpython   {d['cpython'].get(key)!r}")
            print(f"   {' ' * len(key)}  monty_peg {d['monty'].get(key)!r}")
    cov = summary.get("coverage")
    if cov:
        print("\nline coverage from fuzzing (job 0):")
        for area, row in cov.items():
            print(f"  {area}/: {row['percent']}% of {row['statements']} statements")
            print("    " + ", ".join(f"{name} {pct}%" for name, pct in row["files"].items()))
    elif summary.get("coverage_error"):
        print("coverage report failed:", summary["coverage_error"])


if __name__ == "__main__":
    sys.exit(main())
