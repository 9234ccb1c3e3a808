"""math: values, rounding, integer functions, iterables, constants and CPython's errors."""

import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(10 ** 20 + 0.0))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.25), math.frexp(8.0))
print(math.ldexp(0.5, 4), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-9, abs_tol=1e-8))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5))
print(math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.nextafter(1.0, 2.0), math.ulp(1.0), math.pow(2, 0.5))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0, 15), math.lcm(4, 6), math.lcm(), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum(x / 10 for x in range(10)), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.prod(range(1, 11)), math.prod([2.5, 2]), math.prod([2], start=[1]), math.prod((x for x in [3, 4]), start=2))
print(math.log(10 ** 1000), math.factorial(30) // math.factorial(28), math.comb(100, 50))
print(repr(math.sqrt), type(math.pi).__name__)

class Floored:
    def __floor__(self):
        return 42

    def __ceil__(self):
        return 43

print(math.floor(Floored()), math.ceil(Floored()))

class Plain:
    pass

for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1),
          lambda: math.factorial(1.5), lambda: math.factorial(10 ** 30), lambda: math.comb(5, -1),
          lambda: math.comb(10 ** 30, 10 ** 20), lambda: math.isqrt(-1), lambda: math.gcd(1.5),
          lambda: math.ldexp(1, 1.5), lambda: math.trunc("a"), lambda: math.floor("a"), lambda: math.sqrt(),
          lambda: math.sqrt(x=1), lambda: math.isclose(1, 2, foo=3), lambda: math.prod(), lambda: math.prod([1], foo=1),
          lambda: math.prod(1), lambda: math.prod(["a"], start="b"), lambda: math.fsum(1), lambda: math.fsum(["a"]),
          lambda: math.dist([1], [1, 2]), lambda: math.nextafter(1, 2, 3), lambda: math.pow(-1, 0.5),
          lambda: math.sqrt(Plain()), lambda: math.trunc(Plain()), lambda: math.gcd(Plain()), lambda: math.foo]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class M:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return M(self.v * (o.v if isinstance(o, M) else o))

    def __rmul__(self, o):
        return M(o * self.v)

    def __repr__(self):
        return "M(%r)" % self.v


print(math.prod([2, M(3), 4]), math.prod([M(2)], start=M(5)), math.prod(M(i) for i in range(1, 4)))
