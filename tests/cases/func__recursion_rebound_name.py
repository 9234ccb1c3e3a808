# A function calling the global of its own name (the compiled tier tests for a call of itself first): the
# name rebound to a wrapper, to another function made by the same def, to None, and deleted; recursion
# through a method and with a wrong argument count
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(10), [fact(i) for i in range(6)])

calls = []


def traced(fn):
    def wrapper(n):
        calls.append(n)
        return fn(n)
    return wrapper


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


plain = fib
fib = traced(fib)
print(fib(8), len(calls), plain(10), len(calls))

made = []
for k in range(3):
    def step(n):
        return k if n == 0 else step(n - 1) + 1
    made.append(step)
print([f(4) for f in made])


def gone(n):
    return gone(n - 1) if n else "bottom"


print(gone(3))
keep = gone
gone = None
try:
    keep(2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(list(keep(2) for _ in range(1)))  # (called from a generator, which the interpreter runs)
except TypeError as e:
    print("TypeError:", e)
del gone
try:
    keep(1)
except NameError as e:
    print("NameError:", e)


def count(n):
    if n == 0:
        return 0
    return count(n - 1, 0)


try:
    count(3)
except TypeError as e:
    print("TypeError:", e)


class Walker:
    def depth(self, node):
        return 0 if not node else 1 + self.depth(node[0])


print(Walker().depth([[[[]]]]))
total = 0
for i in range(300):
    total += fact(i % 12)
print(total)
