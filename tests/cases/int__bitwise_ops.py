# &, |, ^, ~ including negative numbers (two's complement semantics) and big ints.
pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 15)]
for a, b in pairs:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(0b1100 & 0b1010, bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
big = 2**100 + 2**50 + 1
print(big & (2**64 - 1), big | 1, big ^ big, big & -big)
print(-1 & 0xFF, -256 & 0xFF, -129 & 0xFF)
print(~(2**70), -(2**70) - 1)
print(True & True, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, 1 | False, type(1 | False).__name__)
print(hex(0xDEADBEEF & 0xFFFF0000), hex(0xDEAD ^ 0xFFFF))
x = 0
for bit in [0, 3, 5, 64]:
    x |= 1 << bit
print(x, bin(x))
print([i for i in range(70) if x >> i & 1])
print(x & ~(1 << 3), x & (x - 1))
print(7 & 3 | 8 ^ 1, (7 & 3) | (8 ^ 1))
