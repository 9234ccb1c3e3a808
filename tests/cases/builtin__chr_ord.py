print(chr(65), chr(97), chr(48), chr(32) == " ", chr(10) == "\n", repr(chr(0)))
print(ord("A"), ord("z"), ord(" "), ord("\n"), ord("é"), ord("€"), ord(b"A"), ord(b"\xff"))
print(chr(233), chr(8364), chr(0x1F600) == "😀", ord("😀"), chr(1114111) == "\U0010ffff")
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "abc"])
print(chr(True), ord(chr(300)))
for bad in [-1, 1114112, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [65.0, "A", None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 65, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
