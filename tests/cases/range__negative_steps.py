print(list(range(5, 0, -1)), list(range(5, -1, -1)), list(range(0, 5, -1)))
print(list(range(-1, -6, -2)), list(range(10, 1, -4)))
print(len(range(5, 0, -2)), range(5, 0, -2)[-1], 1 in range(5, 0, -2), 2 in range(5, 0, -2))
r = range(20, -20, -7)
print(list(r), r.index(-8), len(r))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -3))))
print(range(5, 0, -1) == range(5, 0, -1), range(0, -1, -1) == range(0, 1))
total = 0
for i in range(100, 0, -25):
    total += i
print(total)
print(list(range(3, 3, -1)), list(range(3, 4, -1)), list(range(-3, -4, -1)))
