"""statistics: averages, spread, quantiles, regression, NormalDist and StatisticsError, with CPython's exact float results."""

import statistics as s
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(s.mean(data), s.fmean(data), s.median(data), s.median_low([1, 3, 5, 7]), s.median_high([1, 3, 5, 7]), s.median([1, 3, 5, 7]))
print(s.mean([1, 2, 3]), s.mean([1, 2]), s.mean(range(10)), s.mean(x * 0.1 for x in range(10)), s.mean([1, 2.5, True]))
print(s.variance(data), s.stdev(data), s.pvariance(data), s.pstdev(data), s.variance([1, 2, 3], xbar=2), s.pvariance([1, 2, 3, 4]))
print(s.geometric_mean([54, 24, 36]), s.harmonic_mean([40, 60]), s.harmonic_mean([40, 60], weights=[5, 30]), s.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(s.mode([1, 1, 2, 3, 3, 3, 3, 4]), s.mode(["red", "blue", "blue", "red", "green", "red", "red"]), s.multimode("aabbbbccddddeeffffgg"), s.multimode([]))
print(s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(s.quantiles([1, 2, 3, 4, 5], method="inclusive"), s.median_grouped([52, 52, 53, 54]), s.median_grouped([1, 3, 3, 5, 7], interval=2))
print(s.correlation([1, 2, 3, 4], [1, 3, 2, 5]), s.covariance([1, 2, 3, 4], [1, 3, 2, 5]), s.linear_regression([1, 2, 3], [2, 4, 6.5]))
lr = s.linear_regression([1, 2, 3], [2, 4, 6.5])
print(lr.slope, lr.intercept, s.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = s.NormalDist(100, 15)
print(nd, nd.cdf(120), nd.pdf(100), nd.inv_cdf(0.9), nd.zscore(130), nd.quantiles(), nd.mean, nd.stdev, nd.variance)
print(s.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd + 5, nd * 2, nd + s.NormalDist(0, 20), nd.overlap(s.NormalDist(110, 15)), nd == s.NormalDist(100, 15))
print(len(s.NormalDist().samples(5, seed=42)), s.NormalDist().samples(3, seed=7))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%d)" % self.v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
print(s.median_low([V(3), V(1), V(2)]), s.mode([V(1), V(2), V(2)]), s.multimode([V(1), V(1), V(2), V(2)]))
for f in [lambda: s.mean([]), lambda: s.mean(["a"]), lambda: s.fmean([]), lambda: s.stdev([1]), lambda: s.median([]),
          lambda: s.mode([]), lambda: s.quantiles([1], n=4), lambda: s.quantiles([1, 2], n=0), lambda: s.geometric_mean([1, -2]),
          lambda: s.harmonic_mean([1, -2]), lambda: s.covariance([1, 2], [1]), lambda: s.NormalDist(0, -1), lambda: s.mean([V(1)]),
          lambda: s.NormalDist(0, 0).cdf(1), lambda: s.median_low([])]:
    try:
        print(f())
    except s.StatisticsError as e:
        print("StatisticsError", e, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)
