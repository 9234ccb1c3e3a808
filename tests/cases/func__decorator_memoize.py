# caching decorator with its state in a closure
def memoize(fn):
    cache = {}
    stats = {"misses": 0, "hits": 0}

    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[n] = fn(n)
        return cache[n]
    return wrapper, stats


def slow_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)


fast_fib, stats = memoize(slow_fib)
print(fast_fib(60), stats)
print(fast_fib(30), stats)


# decorating with @ and exposing state through a global dict
CALLS = {}


def counted(fn):
    def wrapper(*args):
        CALLS[args] = CALLS.get(args, 0) + 1
        return fn(*args)
    return wrapper


@counted
def add(a, b):
    return a + b


print(add(1, 2), add(1, 2), add(2, 1), CALLS)
