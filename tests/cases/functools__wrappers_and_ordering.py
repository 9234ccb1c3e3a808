import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)

    return wrapper


@logged
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("ann"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__wrapped__("bob"))


def tagged(fn):
    fn.tag = "important"
    return fn


@logged
@tagged
def work():
    return 42


print(work(), work.tag)


def plain():
    pass


def other():
    """doc"""


functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)


def compare_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=functools.cmp_to_key(compare_len)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
K = functools.cmp_to_key(compare_len)
print(K("a") < K("bb"), K("aa") == K("bb"), K("aaa") >= K("b"), K("a") > K("b"), K("a") <= K("b"))
try:
    functools.cmp_to_key()
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))


@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rank(1) < Rank(2), Rank(3) <= Rank(3), Rank(2) >= Rank(5))
try:
    @functools.total_ordering
    class Bare:
        pass
except ValueError as e:
    print("ValueError:", e)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)
c.area = 100
print(c.area)
del c.area
print(c.area, c.computed)


@functools.singledispatch
def describe(x):
    return "object " + repr(x)


@describe.register(int)
def _(x):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x):
    return "animal " + type(x).__name__


print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(2.5), describe(Dog()))
print(describe.dispatch(bool) is describe.registry[int], describe.dispatch(Dog) is describe.registry[Animal])
