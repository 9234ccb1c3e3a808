# hex(), oct(), bin() including negatives, zero, bools and big ints.
for v in [0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2**64, -(2**70), True, False]:
    print(v, hex(v), oct(v), bin(v))
print(hex(0xDEADBEEF), oct(0o1234567), bin(0b1010_1010))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-9), 0))
print(type(hex(1)).__name__, len(bin(2**100)))
for bad in [1.5, "10", None, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct("7")
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "#X"), format(-255, "#o"), format(5, "08b"))
