# Comprehensions run many times by the same function (the compiled tier makes the comprehension's function
# once per run of its caller): in a loop, recursively, raising on some runs, and nested
def flat(x):
    return [y for item in x for y in (flat(item) if type(item) is list else [item])]


def doubled(xs):
    return [v * 2 for v in xs]


rows = []
for i in range(60):
    rows.append(doubled(range(i % 4)))
    rows.append({k: k * k for k in range(i % 3)})
    rows.append(sorted({c for c in "abcab"[: i % 5]}))
print(rows[:9], len(rows))
print(flat([1, [2, [3, [4, [5]]]], [[6], 7]]))
errors = 0
for i in range(20):
    try:
        print([10 // (j - i % 5) for j in range(3)])
    except ZeroDivisionError as e:
        errors += 1
        print("ZeroDivisionError:", e)
print(errors)
grid = [[i * j for j in range(4)] for i in range(4)]
print(grid, [[r[k] for r in grid] for k in range(4)][1])
results = []
for n in range(5):
    results.append([x for x in [y + n for y in range(3)] if x % 2])
print(results)
try:
    for n in range(3):
        print([1 / (x - 1) for x in range(n + 1)])
except ZeroDivisionError:
    print("ZeroDivisionError in a comprehension")
