# Iteration order of sets of ints and floats follows CPython's hash table, which depends on how the set
# was built: displays of three or more constants go through a frozenset constant, others add in order.
print({-5, 3, 0})
print({255, 7}, {7, 255})
print({-5, 3, 0, 8, 16, 24, -1, 100}, {8, 16}, {16, 8})
print({16 * -4, 98, 67, -287, (7, -9), -48})
print({1.5, -2.25, 0.5, 8.0}, {(1, -2), (3, 4), 5, 0})
x = -5
print({x, 3, 0}, {3, x, 0})
for v in {7, -10, 6}:
    print(v, end=" ")
print()
for v in {-100, 100, 37, -37, 0, 64}:
    print(v, end=" ")
print()
print([v for v in {19, -3, 11, -8}], list({19, -3, 11, -8}), tuple({32, 0, -32}))
print({v * 2 for v in {13, -4, 9}}, {v: 0 for v in {-13, 4, -9, 40}})
print(3 in {0, 3, -5}, -5 not in {-5, 3, 0}, 8 in {8, 16})
