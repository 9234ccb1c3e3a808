# Sets built by set(), comprehensions and operators iterate in CPython's order.
print({7 for x in '3.5'} | set((3, -14, 230, 4)))
print(set((3, -14, 230, 4)), set([-5, 3, 0]), set(range(-6, 6, 3)), frozenset((-3, 5, 11, 27)))
print({v % 17 - 8 for v in range(0, 100, 7)})
a = {-1, -2, 40, 8}
b = set([100, -100, 8, 33])
print(a | b, b | a, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([64, -64]), a.intersection(b, [8]), a.difference({-1}), a.symmetric_difference(b))
c = set(a)
c.update([-7, 77, 7])
c.discard(40)
c.add(-40)
print(c, c.copy(), set(c), sorted(c))
d = set()
for i in (31, -31, 62, -62, 0, 15):
    d.add(i)
print(d, len(d))
while d:
    print(d.pop(), end=" ")
print()
print(frozenset({-5, 3, 0}) | {9, -9}, {*range(3), -9, 7}, {-9, 7, *range(3)})
