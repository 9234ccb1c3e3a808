# int() with explicit bases, base 0 (prefix inference) and prefixes with matching bases.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 16))
print(int("0x1f", 16), int("1f", 16), int("-0x1f", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("11", 3), int("-11", 3), int("+11", 3))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0), int("0", 0))
print(int("000", 0), int("0_0", 0), int("1_000", 0))
print(int("0b_1010", 0), int("0x_ff", 16), int("1_2_3", 8))
print(int("  -0b11  ", 0))
print(int("123456789abcdef", 16))
print(int("1" * 70, 2) == 2**70 - 1)
print(int(b"ff", 16), int(bytearray(b"12"), 8))
print(int("101", base=2), int("z", base=36))
for s, base in [("12", 2), ("0x10", 0), ("010", 0), ("08", 8), ("g", 16), ("0b2", 0), ("1", 1), ("1", 37), ("0x", 16), ("", 10)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
