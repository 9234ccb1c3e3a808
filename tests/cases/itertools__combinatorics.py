import itertools as it

print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product([1, 2], [])), list(it.product([1, 2], repeat=0)))
print(list(it.permutations("ABC")), list(it.permutations("ABCD", 2)))
print(list(it.permutations(range(4))) == sorted(it.permutations(range(4))), len(list(it.permutations(range(6)))))
print(list(it.permutations([])), list(it.permutations([1, 2], 3)), list(it.permutations([1, 2], 0)))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(5), 3)))
print(list(it.combinations([1, 2], 3)), list(it.combinations([1, 2], 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement(range(3), 3)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.product(range(4), repeat=4)))
gen = it.permutations(range(3))
print(next(gen), next(gen), list(gen))
for call in [lambda: it.product(1), lambda: it.product([1], repeat=-1), lambda: it.product([1], x=1),
             lambda: it.product([], repeat=1, x=2), lambda: it.permutations(), lambda: it.permutations([1], -1),
             lambda: it.permutations([1], "a"), lambda: it.combinations([1]), lambda: it.combinations([1], -1),
             lambda: it.combinations([1], 1.5), lambda: it.combinations([], 1, 2),
             lambda: it.combinations_with_replacement([1], -1), lambda: it.combinations(r=1)]:
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
