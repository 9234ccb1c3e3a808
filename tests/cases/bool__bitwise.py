# &, |, ^ between bools give bools; mixing with ints gives ints; ~ gives int.
for a in [False, True]:
    for b in [False, True]:
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__)
print(True & 3, True | 2, False ^ 5, type(True | 2).__name__)
print(3 & True, 2 | True, type(2 | True).__name__)
print(~True, ~False, type(~True).__name__, not True)
print(True << 2, True >> 0, type(True << 0).__name__)
flags = False
for v in [0, 0, 3]:
    flags |= v > 1
print(flags, type(flags).__name__)
ok = True
ok &= 1 == 1
ok &= 2 > 3
print(ok, type(ok).__name__)
t = True
t ^= True
print(t, type(t).__name__)
n = True
n += True
print(n, type(n).__name__)
print((1 < 2) & (2 < 3), (1 < 2) | (3 < 2), (1 < 2) ^ (2 < 3))
