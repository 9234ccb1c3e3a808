# Integer literal forms: decimal, hex, octal, binary, underscores, and big literals.
print(0, 00, 0_0, 1_000_000, 0x_FF, 0xff, 0XFF, 0o17, 0O17, 0b101, 0B101)
print(0b1111_0000, 0o7_7_7, 0xDEAD_BEEF)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0x10, -0o10, -0b10, - 0)
print(type(0x10).__name__, type(1_0).__name__)
print(1_0 + 0b1_0 + 0o1_0 + 0x1_0)
print(1000000 == 1_000_000 == 10**6 == 1e6)
print(0x7fffffff, 0x80000000, 0xffffffffffffffff + 1)
print(repr(10**20), str(-(10**20)))
x = 9_999_999_999_999_999_999
print(x + 1, len(str(x)))
