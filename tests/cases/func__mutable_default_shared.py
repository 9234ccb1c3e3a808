# a mutable default is created once and shared between calls
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


a = append_to(1)
b = append_to(2)
print(a, b, a is b)
c = append_to(3, [])
print(c)
print(append_to(4))


def count_calls(counter={"n": 0}):
    counter["n"] += 1
    return counter["n"]


print([count_calls() for _ in range(4)])
print(count_calls({"n": 100}))
print(count_calls())


# the fix: use None as a sentinel
def append_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_fixed(1), append_fixed(2))

# memoisation via a shared default dict
def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]


print(fib(50), fib(10))
