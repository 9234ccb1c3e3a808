# statistics for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# CPython computes these exactly (with fractions) and rounds once; to return the very same floats, the
# arithmetic is CPython's own, run natively on the plain data (runtime/stdlib/native/_statistics.py).
# What only sorts or counts (median, median_low, median_high, mode, multimode) is done here when the data
# holds class instances, so it works for any orderable or hashable values.

import _statistics as _s
from math import fabs as _fabs, hypot as _hypot

_CONTAINERS = (list, tuple, set, frozenset, dict, range, str, bytes, bytearray)


class StatisticsError(ValueError):
    pass


class LinearRegression:
    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __repr__(self):
        return "LinearRegression(slope=" + repr(self.slope) + ", intercept=" + repr(self.intercept) + ")"

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.slope, self.intercept)[index]

    def __eq__(self, other):
        if isinstance(other, LinearRegression):
            return (self.slope, self.intercept) == (other.slope, other.intercept)
        if isinstance(other, tuple):
            return (self.slope, self.intercept) == other
        return NotImplemented

    def __hash__(self):
        return hash((self.slope, self.intercept))


def _listed(data):
    if isinstance(data, _CONTAINERS):
        return data
    return list(data)


def _call(name, args, kwargs=None):
    kind, value = _s.call(name, args, kwargs or {})
    if kind == "ok":
        return value
    if kind == "error":
        raise StatisticsError(value)
    if kind == "lr":
        return LinearRegression(value[0], value[1])
    return None


def mean(data):
    return _call("mean", (_listed(data),))


def fmean(data, weights=None):
    if weights is None:
        return _call("fmean", (_listed(data),))
    return _call("fmean", (_listed(data), _listed(weights)))


def geometric_mean(data):
    return _call("geometric_mean", (_listed(data),))


def harmonic_mean(data, weights=None):
    if weights is None:
        return _call("harmonic_mean", (_listed(data),))
    return _call("harmonic_mean", (_listed(data), _listed(weights)))


def median(data):
    data = _listed(data)
    kind, value = _s.call("median", (data,), {})
    if kind == "error":
        raise StatisticsError(value)
    if kind == "guest":
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("no median for empty data")
        if n % 2 == 1:
            return data[n // 2]
        i = n // 2
        return (data[i - 1] + data[i]) / 2
    return value


def median_low(data):
    data = _listed(data)
    kind, value = _s.call("median_low", (data,), {})
    if kind == "guest":
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("no median for empty data")
        if n % 2 == 1:
            return data[n // 2]
        return data[n // 2 - 1]
    if kind == "error":
        raise StatisticsError(value)
    return value


def median_high(data):
    data = _listed(data)
    kind, value = _s.call("median_high", (data,), {})
    if kind == "guest":
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError("no median for empty data")
        return data[n // 2]
    if kind == "error":
        raise StatisticsError(value)
    return value


def median_grouped(data, interval=1):
    return _call("median_grouped", (_listed(data), interval))


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    data = _listed(data)
    kind, value = _s.call("mode", (data,), {})
    if kind == "guest":
        counts = _counts(data)
        if not counts:
            raise StatisticsError("no mode for empty data")
        best = None
        best_count = 0
        for x, c in counts.items():
            if c > best_count:
                best = x
                best_count = c
        return best
    if kind == "error":
        raise StatisticsError(value)
    return value


def multimode(data):
    data = _listed(data)
    kind, value = _s.call("multimode", (data,), {})
    if kind == "guest":
        counts = _counts(data)
        if not counts:
            return []
        top = max(counts.values())
        return [x for x, c in counts.items() if c == top]
    return value


def pvariance(data, mu=None):
    return _call("pvariance", (_listed(data), mu))


def pstdev(data, mu=None):
    return _call("pstdev", (_listed(data), mu))


def variance(data, xbar=None):
    return _call("variance", (_listed(data), xbar))


def stdev(data, xbar=None):
    return _call("stdev", (_listed(data), xbar))


def quantiles(data, *, n=4, method="exclusive"):
    return _call("quantiles", (_listed(data),), {"n": n, "method": method})


def correlation(x, y, /):
    return _call("correlation", (_listed(x), _listed(y)))


def covariance(x, y, /):
    return _call("covariance", (_listed(x), _listed(y)))


def linear_regression(x, y, /, *, proportional=False):
    return _call("linear_regression", (_listed(x), _listed(y)), {"proportional": proportional})


def _result(pair):
    kind, value = pair
    if kind == "error":
        raise StatisticsError(value)
    return value


class NormalDist:
    """Normal distribution of a random variable"""

    def __init__(self, mu=0.0, sigma=1.0):
        self._mu, self._sigma = _result(_s.check_normal(mu, sigma))

    @classmethod
    def from_samples(cls, data):
        mu, sigma = _result(_s.from_samples(_listed(data)))
        return cls(mu, sigma)

    def samples(self, n, *, seed=None):
        import random as _random
        if seed is None:
            gauss = _random.gauss
        else:
            gauss = _random.Random(seed).gauss
        mu = self._mu
        sigma = self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        return _result(_s.normal(self._mu, self._sigma, "pdf", (x,)))

    def cdf(self, x):
        return _result(_s.normal(self._mu, self._sigma, "cdf", (x,)))

    def inv_cdf(self, p):
        return _result(_s.normal(self._mu, self._sigma, "inv_cdf", (p,)))

    def quantiles(self, n=4):
        return _result(_s.normal(self._mu, self._sigma, "quantiles", (n,)))

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        return _result(_s.normal(self._mu, self._sigma, "overlap", (other._mu, other._sigma)))

    def zscore(self, x):
        return _result(_s.normal(self._mu, self._sigma, "zscore", (x,)))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2.0

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * _fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / _fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return type(self).__name__ + "(mu=" + repr(self._mu) + ", sigma=" + repr(self._sigma) + ")"
