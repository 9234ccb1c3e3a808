"""Snapshot tampering: bytes given to `Monty.load` / `MontySnapshot.load` (= `FunctionSnapshot.load`) /
`NameLookupSnapshot.load` are hostile. Garbage, truncations, byte flips, pickles, deep nesting, forged
structures (limits stripped, clocks rewound, host types, shared prelude state, unknown host functions,
bytecode operands, frame positions) and amplification must end in `MontySnapshotError` or in a run that
stays inside its limits and cannot reach or change anything outside itself.

The structure-aware attacks edit the decoded msgpack document of a real dump, so they use the snapshot
codec's constants (`monty_peg.runtime.snapshot`); they are skipped if those are not available."""

import os
import pickle
import random
import tempfile

import msgpack
import pytest

import monty_peg
from monty_peg import FunctionSnapshot, Monty, MontyError, MontySnapshotError, NameLookupSnapshot

from . import _harness as H
from ._harness import Attack

try:
    from monty_peg.runtime import snapshot as codec
    CODEC = all(hasattr(codec, n) for n in ("HEADER", "K_FRAME", "K_LIST", "K_TYPE", "K_DICT", "K_EXTERNAL",
                                              "EXT_SINGLETON"))
except ImportError:  # pragma: no cover
    codec, CODEC = None, False

HAS_LOAD = hasattr(Monty, "load")
LOADERS = (Monty.load, FunctionSnapshot.load, NameLookupSnapshot.load) if HAS_LOAD else ()
PAUSED = "x = host()\nprint('resumed', x)\nx"
LOOP = "x = host()\nwhile True:\n    pass"


def paused_dump(src=PAUSED, limits=None):
    program = Monty(src, external_functions=["host"])
    snap = program.start(limits=limits or dict(H.STD_LIMITS), print_callback=lambda s, t: None)
    return snap.dump()


def header_size():
    return codec.HEADER.size if CODEC else 11


def edit(data: bytes, change) -> bytes:
    n = header_size()
    doc = msgpack.unpackb(data[n:], raw=False, strict_map_key=False)
    change(doc)
    return data[:n] + msgpack.packb(doc, use_bin_type=True)


def frames(doc):
    return [o for o in doc["objects"] if isinstance(o, list) and o and o[0] == codec.K_FRAME]


def load_all_refused(blobs):
    """Every loader must refuse every blob with MontySnapshotError (anything else propagates)."""
    last = None
    for blob in blobs:
        for loader in LOADERS:
            try:
                loader(blob)
            except MontySnapshotError as e:
                last = e
            else:
                raise RuntimeError(f"{loader.__qualname__} accepted {blob[:40]!r}...")
    raise last


def resume_or_refuse(blob, cap, limits=None):
    """Load a (forged) snapshot and resume it, as a host would (with `limits`, the host's own budget,
    when given): the answer the host gets."""
    snap = FunctionSnapshot.load(blob)
    kw = {"limits": limits} if limits is not None else {}
    done = snap.resume(1, print_callback=cap, **kw)
    while isinstance(done, FunctionSnapshot):  # keep answering host calls, as a host would
        done = done.resume(1, print_callback=cap, **kw)
    return getattr(done, "output", None)


def only_monty_errors(blobs, run):
    """Each blob may load or not and run or not, but only a MontyError may come out of it."""
    n = 0
    for blob in blobs:
        try:
            run(blob)
        except MontyError:
            pass
        n += 1
    return n


# ---------------------------------------------------------------- scenarios


def garbage(cap):
    load_all_refused([b"", b"MONTYPEG", b"not a dump at all", bytes(range(256)), b"\x00" * 4096])


def pickle_payload(cap):
    marker = os.path.join(tempfile.gettempdir(), f"monty-pickle-{os.getpid()}")

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    try:
        load_all_refused([pickle.dumps(Evil(), protocol=p) for p in range(2, pickle.HIGHEST_PROTOCOL + 1)])
    finally:
        if os.path.exists(marker):
            os.unlink(marker)
            raise RuntimeError("loading a pickle executed its payload")


def truncations(cap):
    program = Monty(PAUSED, external_functions=["host"]).dump()
    snapshot = paused_dump()
    blobs = [program[:i] for i in range(len(program))] + [snapshot[:i] for i in range(0, len(snapshot), 3)]
    load_all_refused(blobs)


def wrong_kind(cap):
    program = Monty(PAUSED, external_functions=["host"]).dump()
    snapshot = paused_dump()
    for blob, loaders in ((program, (FunctionSnapshot.load, NameLookupSnapshot.load)), (snapshot, (Monty.load,))):
        for loader in loaders:
            try:
                loader(blob)
            except MontySnapshotError as e:
                last = e
            else:
                raise RuntimeError(f"{loader.__qualname__} accepted the wrong kind of dump")
    raise last


def random_payloads(cap):
    rng = random.Random(4)
    n = header_size()
    base = paused_dump()[:n]
    program_header = Monty("1").dump()[:n]
    blobs = [h + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
             for h in (base, program_header) for _ in range(150)]
    return only_monty_errors(blobs, lambda b: [loader(b) for loader in LOADERS])


def deep_msgpack_nesting(cap):
    n = header_size()
    blobs = [dump[:n] + b"\x91" * 100_000 + b"\xc0" for dump in (paused_dump(), Monty("1").dump())]
    blobs += [dump[:n] + b"\x81\xa1k" * 100_000 + b"\xc0" for dump in (paused_dump(), Monty("1").dump())]
    load_all_refused(blobs)


def byte_flips(cap):
    data = paused_dump()
    blobs = [data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:] for i in range(len(data))]
    return only_monty_errors(blobs, lambda b: resume_or_refuse(b, cap))


def program_byte_flips(cap):
    data = Monty("def f(a):\n    return [a * 2 for _ in range(3)]\nprint(f(2))").dump()
    blobs = [data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:] for i in range(len(data))]
    return only_monty_errors(blobs, lambda b: Monty.load(b).run(limits=H.STD_LIMITS, print_callback=cap))


def bytecode_operand_sweep(cap):
    data = Monty("def f(a, b=2):\n    for i in range(a):\n        b += i\n    return b\nprint(f(3))").dump()
    n = header_size()
    doc = msgpack.unpackb(data[n:], raw=False, strict_map_key=False)
    blobs = []
    for ci, code in enumerate(doc["codes"]):
        for k in range(len(code[14])):
            for value in (0, 65535, -1):
                def change(d, ci=ci, k=k, value=value):
                    d["codes"][ci][14][k] = value
                blobs.append(edit(data, change))
    return only_monty_errors(blobs, lambda b: Monty.load(b).run(limits=H.STD_LIMITS, print_callback=cap))


def frame_state_sweep(cap):
    data = paused_dump("def g(n):\n    t = host()\n    return [t, n]\nprint(g(1))")
    n = header_size()
    doc = msgpack.unpackb(data[n:], raw=False, strict_map_key=False)
    blobs = []
    for fi, f in enumerate(frames(doc)):
        code_len = 200
        for pc in list(range(0, 40)) + [code_len, 10 ** 6]:
            blobs.append(edit(data, lambda d, fi=fi, pc=pc: frames(d)[fi].__setitem__(2, pc)))
        for stack in ([], [1], [None] * 7, ["x", b"y", 2.5], [[0]] * 3):
            blobs.append(edit(data, lambda d, fi=fi, stack=stack: _set_stack(d, fi, stack)))
    return only_monty_errors(blobs, lambda b: resume_or_refuse(b, cap))


def _set_stack(doc, fi, stack):
    frames(doc)[fi][4] = stack  # (format version 2: a frame's stack is written in place, as its values)


def prelude_globals_poisoning(cap):
    """The module frame's globals replaced by the prelude's own (shared, process-wide) globals: the guest's
    assignments then rebind the prelude's helpers for every later run in the process."""
    data = paused_dump("x = host()\n_listify = lambda it: ['pwned']\n'done'")
    prelude = msgpack.ExtType(codec.EXT_SINGLETON, b"P")

    def change(doc):
        for f in frames(doc):
            f[6] = prelude
        doc["root"]["globals"] = prelude
    return resume_or_refuse(edit(data, change), cap)


def _loop_with(change, host_limits):
    """A paused `while True: pass`, edited by `change`, resumed with the host's standard limits (a careful
    host) or with none (the limits saved in the bytes apply)."""
    def scenario(cap):
        return resume_or_refuse(edit(paused_dump(LOOP), change), cap, dict(H.STD_LIMITS) if host_limits else None)
    return scenario


def _strip_limits(doc):
    doc["root"]["limits"] = [None] * len(doc["root"]["limits"])


def _nan_clock(doc):
    doc["root"]["tracker"][1] = float("nan")


def _rewound_clock(doc):
    doc["root"]["tracker"][1] = -1e9


def host_type_in_globals(cap):
    data = paused_dump("x = host()\nprint(leak, leak.__name__)\nleak")

    def change(doc):
        doc["objects"].append([codec.K_TYPE, "function"])
        ref = [len(doc["objects"]) - 1]
        for o in doc["objects"]:
            if o[0] != codec.K_DICT:
                continue
            if isinstance(o[1], dict):  # (format version 2: a dict with string keys is a map)
                if "x" not in o[1] and "__name__" in o[1]:
                    o[1]["leak"] = ref
            elif "x" not in o[1][::2] and "__name__" in o[1][::2]:
                o[1] += ["leak", ref]
    return resume_or_refuse(edit(data, change), cap)


def undeclared_host_function(cap):
    """A forged ExternalFunction the program never declared: the host must never be asked to run it."""
    data = paused_dump("x = host()\nhost()")

    def change(doc):
        for o in doc["objects"]:
            if o[0] == codec.K_EXTERNAL:
                o[1] = "delete_everything"
    snap = FunctionSnapshot.load(edit(data, change))
    nxt = snap.resume(1, print_callback=cap)
    if isinstance(nxt, FunctionSnapshot) and nxt.function_name not in ("host",):
        return f"the host was asked to call {nxt.function_name!r}"
    return "only declared functions were requested"


def _dump_load_every_pause(limit):
    """A host that dumps and loads (with its own limits) at every host call, against a guest that runs a
    few hundred steps or allocations between calls: the budget must add up across the dumps."""
    def scenario(cap):
        body = "x = [i]" if limit == "max_allocations" else "pass"
        src = f"while True:\n    for i in range(300):\n        {body}\n    host()"
        limits = {limit: 5000, "max_duration_secs": 2}
        snap = Monty(src, external_functions=["host"]).start(limits=limits, print_callback=cap)
        for _ in range(200):  # 60 000 steps or allocations in all
            snap = FunctionSnapshot.load(snap.dump(), limits=limits).resume(1, print_callback=cap)
        return "not stopped"
    return scenario


def object_amplification(cap):
    """3 million empty lists appended to a real heap: the bytes of
    `edit(paused_dump(), lambda doc: doc["objects"].extend([codec.K_LIST, []] for _ in range(3_000_000)))`,
    spliced together as bytes. (Building them through a decoded document takes about 3 s of CPU and 480 MB
    by itself: the attack's whole budget, before the loader sees a byte.)"""
    return resume_or_refuse(_with_extra_objects(paused_dump(), [codec.K_LIST, []], 3_000_000), cap)


def _with_extra_objects(data: bytes, entry, count: int) -> bytes:
    """`edit(data, ...)` that appends `count` copies of the heap entry `entry`, built without decoding them."""
    n = header_size()
    doc = msgpack.unpackb(data[n:], raw=False, strict_map_key=False)
    pack = msgpack.Packer(use_bin_type=True)
    parts = [data[:n], pack.pack_map_header(len(doc))]
    for key, value in doc.items():
        parts.append(pack.pack(key))
        if key == "objects":
            parts.append(pack.pack_array_header(len(value) + count))
            parts.extend(pack.pack(o) for o in value)
            parts.append(pack.pack(entry) * count)
        else:
            parts.append(pack.pack(value))
    return b"".join(parts)


def S(name, scenario, expect, **kw):
    skip = None if HAS_LOAD else "Monty.load does not exist yet"
    return Attack(f"snapshot/{name}", "", expect, scenario=scenario, isolate=True, **kw), skip


def FORGED(name, scenario, expect, **kw):
    a, skip = S(name, scenario, expect, **kw)
    return a, skip or (None if CODEC else "the snapshot codec's constants are not importable")


SNAP = "snapshot"
SWEEP = 4.0  # a sweep loads (and runs) a few hundred forged dumps: the budget is for all of them
ENTRIES = [
    S("garbage", garbage, SNAP),
    S("pickle_payload", pickle_payload, SNAP),
    S("truncations", truncations, SNAP),
    S("wrong_kind", wrong_kind, SNAP),
    S("random_payloads", random_payloads, "ok", max_secs=SWEEP),
    S("deep_msgpack_nesting", deep_msgpack_nesting, SNAP),
    S("byte_flips", byte_flips, "ok", max_secs=SWEEP),
    S("program_byte_flips", program_byte_flips, "ok", max_secs=SWEEP),
    FORGED("bytecode_operand_sweep", bytecode_operand_sweep, "ok", max_secs=SWEEP),
    FORGED("frame_state_sweep", frame_state_sweep, "ok", max_secs=SWEEP),
    FORGED("prelude_globals_poisoning", prelude_globals_poisoning, (SNAP, "ok")),
    FORGED("limits_stripped_host_limits", _loop_with(_strip_limits, True), (SNAP, "TimeoutError:duration")),
    FORGED("limits_stripped", _loop_with(_strip_limits, False), (SNAP, "TimeoutError:duration")),
    FORGED("clock_is_nan_host_limits", _loop_with(_nan_clock, True), (SNAP, "TimeoutError:duration")),
    FORGED("clock_rewound_host_limits", _loop_with(_rewound_clock, True), (SNAP, "TimeoutError:duration")),
    FORGED("host_type_in_globals", host_type_in_globals, (SNAP, "ok")),
    FORGED("undeclared_host_function", undeclared_host_function, (SNAP, "ok"),
           result="only declared functions were requested"),
    FORGED("object_amplification", object_amplification, (SNAP, "ok")),
    S("steps_across_dump_load", _dump_load_every_pause("max_steps"), "TimeoutError:steps"),
    S("allocations_across_dump_load", _dump_load_every_pause("max_allocations"), "MemoryError:allocations"),
]
ATTACKS = [a for a, _ in ENTRIES]
SKIPS = {a.id: skip for a, skip in ENTRIES if skip}


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    if attack.id in SKIPS:
        pytest.skip(SKIPS[attack.id])
    H.check_attack(attack)
