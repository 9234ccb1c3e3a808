import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([], initial=5)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2], (3,))), list(it.chain()), list(it.chain.from_iterable(["ab", "cd", []])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("ABC", [1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")], [k for k, _ in it.groupby("aabbbc")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
records = [("fruit", "apple"), ("fruit", "fig"), ("veg", "kale"), ("fruit", "lime")]
print({k: [name for _, name in g] for k, g in it.groupby(sorted(records), key=operator.itemgetter(0))})
groups = list(it.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = it.groupby("aaabbb")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(gb))
print(list(it.pairwise("ABCDE")), list(it.pairwise("A")), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = it.tee(range(4), 3)
print(list(zip(x, y, z)), it.tee([1], 0))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [2, 3], [])), list(it.zip_longest()))
pipeline = it.islice(it.filterfalse(lambda n: n % 3, it.accumulate(it.count(1))), 5)
print(list(pipeline))
for call in [lambda: it.accumulate(), lambda: it.accumulate(1), lambda: it.accumulate([], x=1),
             lambda: it.accumulate([], None, None), lambda: list(it.chain(1)), lambda: it.chain.from_iterable(1),
             lambda: it.chain([1], x=1), lambda: it.compress([1]), lambda: it.compress(1, [1]),
             lambda: it.dropwhile(len), lambda: it.takewhile(len, 1), lambda: it.filterfalse(None, 1),
             lambda: it.groupby(), lambda: it.groupby([], x=1), lambda: list(it.groupby([1], 2)),
             lambda: it.pairwise(), lambda: it.pairwise([], x=1), lambda: it.starmap(len),
             lambda: list(it.starmap(len, [1])), lambda: it.tee(), lambda: it.tee([], -1), lambda: it.tee(1),
             lambda: it.tee([], n=2), lambda: it.zip_longest(1), lambda: it.zip_longest([], x=1),
             lambda: list(it.accumulate([1, "a"]))]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
