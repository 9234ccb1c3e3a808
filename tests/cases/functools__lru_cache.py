import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@functools.lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1]:
    square(x)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info == (3, 4, 2, 2))
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@functools.cache
def total(x, y=1):
    return x + y


print(total(1), total(1), total(1, y=1), total(x=1), total(1, 1), total.cache_info())


@functools.lru_cache
def shout(word):
    return word.upper() + "!"


print(shout("hi"), shout("hi"), shout.cache_info())


@functools.lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.lru_cache(maxsize=0)
def nothing(x):
    return x


print(nothing(1), nothing(1), nothing.cache_info())
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.lru_cache("big")
except TypeError as e:
    print("TypeError:", e)


class Repo:
    def __init__(self):
        self.calls = 0

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, Repo)

    @functools.lru_cache(maxsize=None)
    def lookup(self, key):
        self.calls += 1
        return key * 2


r = Repo()
print(r.lookup(3), r.lookup(3), r.calls, Repo.lookup.cache_info())
