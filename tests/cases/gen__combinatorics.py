def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail


def powerset(items):
    if not items:
        yield []
        return
    for subset in powerset(items[1:]):
        yield subset
        yield [items[0]] + subset


def product(*pools):
    if not pools:
        yield ()
        return
    for head in pools[0]:
        for tail in product(*pools[1:]):
            yield (head,) + tail


print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
print(list(product("ab", [0, 1])))
print(sum(1 for _ in permutations(list(range(5)))))
