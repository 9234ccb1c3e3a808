print(bin(0), bin(5), bin(-5), bin(255), bin(True), bin(2 ** 70))
print(hex(0), hex(255), hex(-255), hex(4096), hex(2 ** 64), hex(False))
print(oct(0), oct(8), oct(-8), oct(511), oct(True))
print(int(bin(123), 2), int(hex(123), 16), int(oct(123), 8), int(bin(-9), 0))
print(f"{255:b} {255:x} {255:X} {255:o} {255:#x} {255:#b} {255:#o} {5:08b}")
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(format(10, "b"), format(10, "#06x"), format(-10, "x"))
for bad in [1.0, "1", None]:
    for fn in [bin, hex, oct]:
        try:
            fn(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    bin()
except TypeError as e:
    print(type(e).__name__, e)
