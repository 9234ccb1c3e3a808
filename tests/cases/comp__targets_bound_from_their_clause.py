# comprehension targets: loads after the clause that binds them need no check; loads before it still raise
print([x * y for x in range(3) for y in range(x)])
print({k: v for k, (v, *rest) in enumerate([(1, 2), (3, 4, 5)])})
print([a + b for a, b in zip("ab", "cd") if a < b])
print(list(y for x in range(2) for y in range(x + 1)))
try:
    print([1 for x in range(2) for y in y])
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    print([1 for x in range(2) if z for z in range(2)])
except UnboundLocalError as e:
    print("UnboundLocalError", e)
