"""`_random`: the generator behind the guest `random` module (runtime/stdlib/guest/random.py).

Each guest `random.Random` holds an opaque `RandomState`: a private CPython `random.Random` (a Mersenne
Twister), so that every result equals CPython's for the same seed. Guest code never gets the host object
or its methods: the functions here take the state and plain arguments, and the ones that consume a
sequence take only native sequences (list, tuple, str, range, bytes) and index them natively (the guest
module passes `range(len(seq))` for anything else and indexes it in guest code). Work the arguments
control (bits, bytes, k) is charged before it is done.

Seeding: a `Random()` with no seed, and the module-level generator, take their seed from the run: the
host's `random_seed` when it passed one (the module-level generator is then seeded with exactly that value,
as `random.seed(value)` would), else `os.urandom`. With a host seed the whole run is deterministic:
unseeded generators, `SystemRandom` and `uuid4` draw from an entropy stream derived from it.

The state survives snapshots (`save`/`restore`: the Mersenne Twister's 625 words and the cached gauss).
"""

from __future__ import annotations

import hashlib
import os
import random as _py_random

from ... import limits
from ...values import type_name
from .. import make_native_module
from ..objects import NativeObject, plain_args, register

_NATIVE_SEQUENCES = (list, tuple, str, range, bytes, bytearray)
_STATE_WORDS = 625


@register("_random", "state", "Random", "_random")
class RandomState(NativeObject):
    __slots__ = ("rng", "system")

    def __init__(self, rng, system=False):
        self.rng = rng
        self.system = system
        self._serial = None

    def save(self):
        version, words, gauss = self.rng.getstate()
        packed = b"".join(w.to_bytes(4, "little") for w in words)
        return [version, packed, gauss, self.system]

    @classmethod
    def restore(cls, state):
        if type(state) not in (list, tuple) or len(state) != 4:
            raise ValueError("malformed random state")
        version, packed, gauss, system = state
        if version != 3 or type(packed) is not bytes or len(packed) != 4 * _STATE_WORDS \
                or not (gauss is None or type(gauss) is float) or type(system) is not bool:
            raise ValueError("malformed random state")
        words = tuple(int.from_bytes(packed[i:i + 4], "little") for i in range(0, len(packed), 4))
        if words[-1] > 624:
            raise ValueError("malformed random state")
        rng = _py_random.Random()
        rng.setstate((3, words, gauss))
        return cls(rng, system)

    def __sizeof__(self):
        return 2600


def _run_seed():
    """The seed the host gave this run (`Monty.run(..., random_seed=...)`), or None. It is kept in the
    run's `_random` module too, so that a restored snapshot goes on with it."""
    from ...state import current_vm

    vm = current_vm()
    if vm is None:
        return None
    module = vm.modules.get("_random")
    seed = module.attrs.get("_seed") if module is not None else None
    if seed is None:
        seed = getattr(vm, "random_seed", None)
    return seed if type(seed) in (int, str, bytes) else None


def _entropy_bytes(n: int) -> bytes:
    """`n` bytes from the run's entropy: os.urandom, or the stream derived from the host's seed (kept in
    the run's `_random` module, so that it continues where it was after a snapshot is restored)."""
    from ...state import current_vm

    seed = _run_seed()
    if seed is None:
        return os.urandom(n)
    vm = current_vm()
    module = vm.modules.get("_random") if vm is not None else None
    stream = module.attrs.get("_entropy") if module is not None else None
    if type(stream) is not RandomState:
        stream = RandomState(_py_random.Random(hashlib.sha512(b"monty entropy " + repr(seed).encode()).digest()))
        if module is not None:
            module.attrs["_entropy"] = stream
    return stream.rng.randbytes(n)


def _state(st) -> RandomState:
    if type(st) is not RandomState:
        raise TypeError(f"expected a random state, not {type_name(st)}")
    return st


def _seed_cost(a):
    if type(a) in (str, bytes, bytearray) and len(a) > 4096:
        limits.charge_work(len(a) * 4)
    elif type(a) is int and a.bit_length() > 1 << 15:
        limits.charge_work(a.bit_length() // 2)


def r_new(x=None, system=False):
    """A new state seeded with `x` (None: the run's entropy; `"run"`: the run's seed, if any)."""
    if x is None:
        x = int.from_bytes(_entropy_bytes(32), "big")
    _seed_cost(x)
    (x,), _ = plain_args((x,), None)
    rng = _py_random.Random()
    rng.seed(x)
    return RandomState(rng, bool(system))


def r_new_default():
    """The module-level generator's state: the host's seed for this run, else fresh entropy."""
    seed = _run_seed()
    return r_new(seed)


def r_seed(st, a=None, version=2):
    rng = _state(st).rng
    if a is None:
        a = int.from_bytes(_entropy_bytes(32), "big")
    _seed_cost(a)
    (a, version), _ = plain_args((a, version), None)
    rng.seed(a, version)


def r_random(st):
    return _state(st).rng.random()


def r_getrandbits(st, k):
    if type(k) is int and k > 1 << 16:
        limits.charge_bits(k)
    (k,), _ = plain_args((k,), None)
    return _state(st).rng.getrandbits(k)


def r_randbytes(st, n):
    if type(n) is int and n > 1 << 13:
        limits.charge_bytes(n)
    (n,), _ = plain_args((n,), None)
    return _state(st).rng.randbytes(n)


def r_randbelow(st, n):
    if type(n) is not int or n <= 0:
        raise ValueError("randbelow needs a positive int")
    return _state(st).rng._randbelow(n)


def r_randrange(st, start, stop=None, step=1):
    (start, stop, step), _ = plain_args((start, stop, step), None)
    return _state(st).rng.randrange(start, stop, step)


def r_randint(st, a, b):
    (a, b), _ = plain_args((a, b), None)
    return _state(st).rng.randint(a, b)


def r_shuffle(st, x):
    """Shuffle a list in place (the guest module shuffles other mutable sequences itself)."""
    if type(x) is not list:
        raise TypeError("shuffle needs a list")
    if len(x) > 4096:
        limits.charge_work(len(x) * 64)
        limits.check_native_time(len(x) * 1e-6, f"shuffling {len(x)} items")
    _state(st).rng.shuffle(x)


def r_sample(st, population, k, counts=None):
    """The sample as a list of the population's items (a native sequence)."""
    rng = _state(st).rng
    if type(population) not in _NATIVE_SEQUENCES:
        raise TypeError("sample needs a native sequence")
    if type(k) is int and k > 4096:
        limits.charge_bytes(k * 16)
        limits.check_native_time(k * 1e-6, f"sampling {k} items")
    (k, counts), _ = plain_args((k, counts), None)
    if type(counts) in (list, tuple):
        counts = [plain_args((c,), None)[0][0] for c in counts]
    indices = rng.sample(range(len(population)), k, counts=counts)
    return [population[i] for i in indices]


def r_choices(st, population, weights=None, cum_weights=None, k=1):
    rng = _state(st).rng
    if type(population) not in _NATIVE_SEQUENCES:
        raise TypeError("choices needs a native sequence")
    if type(k) is int and k > 4096:
        limits.charge_bytes(k * 16)
        limits.check_native_time(k * 1e-6, f"choosing {k} items")
    for w in (weights, cum_weights):
        if w is not None and type(w) in (list, tuple) and len(w) > 4096:
            limits.charge_work(len(w) * 32)
    (weights, cum_weights, k), _ = plain_args((weights, cum_weights, k), None)
    if type(weights) in (list, tuple):
        weights = [plain_args((w,), None)[0][0] for w in weights]
    if type(cum_weights) in (list, tuple):
        cum_weights = [plain_args((w,), None)[0][0] for w in cum_weights]
    return rng.choices(population, weights, cum_weights=cum_weights, k=k)


def _method(name):
    def call(st, *args, **kwargs):
        args, kwargs = plain_args(args, kwargs)
        return getattr(_state(st).rng, name)(*args, **kwargs)
    call.__name__ = name
    return call


def r_getstate(st):
    return _state(st).rng.getstate()


def r_setstate(st, state):
    (state,), _ = plain_args((state,), None)
    if type(state) is tuple and len(state) == 3 and type(state[1]) is tuple:
        state = (state[0], tuple(plain_args(state[1], None)[0]), state[2])
    _state(st).rng.setstate(state)


def r_urandom(n):
    if type(n) is not int:
        raise TypeError(f"'{type_name(n)}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("negative argument not allowed")
    if n > 1 << 13:
        limits.charge_bytes(n)
    return _entropy_bytes(n)


FUNCTIONS = {
    "new": r_new, "new_default": r_new_default, "seed": r_seed, "random": r_random,
    "getrandbits": r_getrandbits, "randbytes": r_randbytes, "randbelow": r_randbelow,
    "randrange": r_randrange, "randint": r_randint, "shuffle": r_shuffle, "sample": r_sample,
    "choices": r_choices, "getstate": r_getstate, "setstate": r_setstate, "urandom": r_urandom,
}
for _name in ("uniform", "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate",
              "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate"):
    FUNCTIONS[_name] = _method(_name)


def make_module():
    from ...state import current_vm

    vm = current_vm()
    seed = getattr(vm, "random_seed", None) if vm is not None else None
    return make_native_module("_random", FUNCTIONS, {"_seed": seed if type(seed) in (int, str, bytes) else None})
