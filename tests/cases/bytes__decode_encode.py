# Decoding bytes with codecs and error handlers; round trips with str.encode.
data = "héllo wörld ☃".encode("utf-8")
print(data, len(data))
print(data.decode(), data.decode("utf-8"), data.decode(encoding="UTF-8"))
print(repr(data.decode("latin-1")))
print(data.decode("ascii", "ignore"), data.decode("ascii", "replace"))
print(data.decode("ascii", "backslashreplace"))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00i\x00".decode("utf-16-le"), b"\x00h\x00i".decode("utf-16-be"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"))
print(bytes([0xe2, 0x82, 0xac]).decode(), "€".encode(), "€".encode() == b"\xe2\x82\xac")
bad = [b"\xff", b"abc\x80def", b"\xe2\x82", b"\xc3\x28", b"\xed\xa0\x80"]
for b in bad:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    try:
        b.decode("ascii")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b"x".decode("nope")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), bytearray("é", "utf-8"), bytes("é", "utf-8"))
