points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()

for i, (x, y) in enumerate(points, start=1):
    print(i, x * y)

records = [("ann", 31, "nyc"), ("bob", 25, "sf")]
for name, *rest in records:
    print(name, rest)
for *front, last in records:
    print(front, last)

for k, v in sorted({"b": 2, "a": 1, "c": 3}.items()):
    print(k, "=", v)

for a, b in zip("xyz", range(10)):
    print(a, b, end="; ")
print()

# targets can be subscripts
slots = [0, 0, 0]
for slots[0] in range(3):
    pass
print(slots)

# a bad unpack inside a loop raises ValueError
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print("pair", a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b, c in [(1, 2)]:
        pass
except ValueError as e:
    print("ValueError:", e)
