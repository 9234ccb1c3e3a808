# Integer presentation types: b c d o x X n and none, with # alternate form.
for v in [0, 5, 42, 255, -255, 2**40, True]:
    print(f"{v}|{v:d}|{v:b}|{v:#b}|{v:o}|{v:#o}|{v:x}|{v:#x}|{v:X}|{v:#X}|{v:n}")
print(f"{65:c}{97:c}{0x263a:c}|{10:c}|".replace("\n", "\\n"))
print(f"{255:08b}|{255:#010b}|{255:#06x}|{-255:#06x}|{255:+#x}|{255: #o}")
print(f"{10**20:x}|{-(10**20):X}|{2**64:#o}")
print(f"{42:e}|{42:f}|{42:g}|{42:%}|{42:.2f}|{42:E}|{1234567:G}")
for spec in ["s", "c", ".2d", ",c"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(f"{-1:c}")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(f"{0x110000:c}")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
