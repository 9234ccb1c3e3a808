# chr() and ord() round trips, ranges and errors.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(10)), repr(chr(0)), repr(chr(127)))
print(ord("é"), ord("€"), ord("😀"), chr(233), chr(8364), chr(128512))
print(repr(chr(0x10FFFF)), ord(chr(0x10FFFF)))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) for c in "Hi!"], "".join(map(chr, [72, 105, 33])))
print(ord(b"a"), ord(bytearray(b"z")))
print(repr(chr(True)), repr(chr(False)))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [1.0, "a"]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(97)
except TypeError as e:
    print(type(e).__name__, e)
