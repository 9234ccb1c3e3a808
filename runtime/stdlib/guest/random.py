# random for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# Every generator is CPython's own Mersenne Twister, held opaquely by the native `_random` module (see
# runtime/stdlib/native/_random.py): for the same seed, every function gives CPython 3.11's results.
# Sequences that are not native (class instances) are indexed here, in guest code; native ones natively.
# Methods a subclass overrides (random, getrandbits) are not used by the other methods, unlike CPython.

import _random
from math import exp as _exp, log as _log, pi as _pi, sqrt as _sqrt

BPF = 53
RECIP_BPF = 2 ** -BPF
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = 1.0 + _log(4.5)
TWOPI = 2.0 * _pi

_NATIVE_SEQUENCES = (list, tuple, str, range, bytes, bytearray)
_RUN_SEED = object()


def _is_sequence(x):
    if isinstance(x, _NATIVE_SEQUENCES):
        return True
    try:
        mro = type(x).__mro__
    except AttributeError:  # a builtin type that is not a sequence
        return False
    for klass in mro:  # collections.abc.Sequence and the classes registered with it
        if klass.__name__ in ("Sequence", "MutableSequence", "deque", "UserList", "UserString"):
            return True
    return False


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        if x is _RUN_SEED:
            self._st = _random.new_default()
        else:
            self._st = _random.new(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        _random.seed(self._st, a, version)

    def __copy__(self):
        other = object.__new__(type(self))
        for name, value in self.__dict__.items():
            setattr(other, name, value)
        other._st = _random.new(0)
        _random.setstate(other._st, self.getstate())
        return other

    def __deepcopy__(self, memo):
        return self.__copy__()

    def getstate(self):
        return _random.getstate(self._st)

    def setstate(self, state):
        _random.setstate(self._st, state)

    def random(self):
        return _random.random(self._st)

    def getrandbits(self, k):
        return _random.getrandbits(self._st, k)

    def randbytes(self, n):
        return _random.randbytes(self._st, n)

    def _randbelow(self, n):
        return _random.randbelow(self._st, n)

    def randrange(self, start, stop=None, step=1):
        return _random.randrange(self._st, start, stop, step)

    def randint(self, a, b):
        return _random.randint(self._st, a, b)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[_random.randbelow(self._st, len(seq))]

    def shuffle(self, x):
        if type(x) is list:
            _random.shuffle(self._st, x)
            return
        st = self._st
        for i in reversed(range(1, len(x))):
            j = _random.randbelow(st, i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        if counts is not None and not isinstance(counts, (list, tuple, range)):
            counts = [c for c in counts]
        if isinstance(population, _NATIVE_SEQUENCES):
            return _random.sample(self._st, population, k, counts)
        chosen = _random.sample(self._st, range(len(population)), k, counts)
        return [population[i] for i in chosen]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        if weights is not None and not isinstance(weights, (list, tuple)):
            weights = [w for w in weights]
        if isinstance(population, _NATIVE_SEQUENCES):
            return _random.choices(self._st, population, weights, cum_weights, k)
        chosen = _random.choices(self._st, range(len(population)), weights, cum_weights, k)
        return [population[i] for i in chosen]

    def uniform(self, a, b):
        return _random.uniform(self._st, a, b)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return _random.triangular(self._st, low, high, mode)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return _random.normalvariate(self._st, mu, sigma)

    def gauss(self, mu=0.0, sigma=1.0):
        return _random.gauss(self._st, mu, sigma)

    def lognormvariate(self, mu, sigma):
        return _random.lognormvariate(self._st, mu, sigma)

    def expovariate(self, lambd):
        return _random.expovariate(self._st, lambd)

    def vonmisesvariate(self, mu, kappa):
        return _random.vonmisesvariate(self._st, mu, kappa)

    def gammavariate(self, alpha, beta):
        return _random.gammavariate(self._st, alpha, beta)

    def betavariate(self, alpha, beta):
        return _random.betavariate(self._st, alpha, beta)

    def paretovariate(self, alpha):
        return _random.paretovariate(self._st, alpha)

    def weibullvariate(self, alpha, beta):
        return _random.weibullvariate(self._st, alpha, beta)


class SystemRandom(Random):
    """Alternate random number generator using the run's entropy (os.urandom, or the stream derived
    from the host's seed for this run)."""

    def __init__(self, x=None):
        self._st = _random.new(None, True)
        self.gauss_next = None

    def random(self):
        return (int.from_bytes(_random.urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_random.urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _random.urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random(_RUN_SEED)
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
