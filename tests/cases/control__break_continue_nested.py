# break and continue only affect the innermost loop
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)

# breaking out of nested loops with a flag
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 6:
            found = (r, c)
            break
    if found:
        break
print("found 6 at", found)

# for-else used to break outer loop
for r, row in enumerate(grid):
    for val in row:
        if val == 8:
            break
    else:
        continue
    print("8 is in row", r)
    break

# continue inside while with a counter
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print("total", total)
