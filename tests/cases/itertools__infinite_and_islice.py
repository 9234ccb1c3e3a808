import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
c = it.count(7)
print(next(c), next(c), repr(c), repr(it.count()), repr(it.count(2, 3)), repr(it.count(step=-1)), repr(it.count(1.5)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.cycle([])))
r = it.repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(it.repeat(1)), repr(it.repeat(0, -2)))
print(list(map(pow, range(5), it.repeat(2))), list(zip(it.count(1), "abc")))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 2, None)),
      list(it.islice("abcdefg", 0, None, 2)), list(it.islice(range(10), 1, 8, 3)), list(it.islice([], 3)))
source = iter(range(10))
print(list(it.islice(source, 3)), next(source))
source = iter(range(10))
print(list(it.islice(source, 1, 6, 2)), next(source))
source = iter(range(10))
print(list(it.islice(source, 5, 2)), next(source))
for call in [lambda: it.islice([], -1), lambda: it.islice([], "a"), lambda: it.islice([], -1, 2),
             lambda: it.islice([], 1, 2, 0), lambda: it.islice([]), lambda: it.islice([], 1, 2, 3, 4),
             lambda: it.islice(5, 1), lambda: it.islice([], 1, x=2), lambda: it.count("a"),
             lambda: it.count(1, 2, 3), lambda: it.count(x=1), lambda: it.count(1, start=2),
             lambda: it.repeat(), lambda: it.repeat(1, "a"), lambda: it.repeat(1, 2, 3),
             lambda: it.repeat(1, x=2), lambda: it.cycle(), lambda: it.cycle(1), lambda: it.cycle([1], x=1)]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
