def rows(n):
    for r in range(n):
        yield [r * 10 + c for c in range(3)]


print([sum(row) for row in rows(3)])
print({row[0]: row[-1] for row in rows(3)})
print(sorted({v % 7 for row in rows(4) for v in row}))
grid = [list(x for x in row if x % 2 == 0) for row in rows(3)]
print(grid)
print(max((sum(r), i) for i, r in enumerate(rows(4))))
print(sum(x for row in rows(3) for x in row if x > 5))
print(list(list(g) for g in ((i, j) for i in range(2) for j in "ab")))
gens = [(x * k for x in range(3)) for k in range(1, 4)]
print([list(g) for g in gens])
print(sorted((len(w), w) for w in "the quick brown fox".split()))
print(" ".join(str(i) for i in range(5)))
print(min(abs(v - 7) for v in [1, 9, 4, 12]))
