data = [1, 4, 9, 16, 25]
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
print([(last := x) for x in "abc"], last)
def f(v):
    return v * 10
print([r for v in range(4) if (r := f(v)) % 20 == 0])
if any((hit := x) > 10 for x in data):
    print("first over 10:", hit)
if all((bad := x) < 20 for x in data):
    print("all under 20")
else:
    print("counterexample:", bad)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
print([[w := i, w * 2] for i in range(3)], w)
