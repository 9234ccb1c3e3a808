# bytes.hex with separators and bytes.fromhex parsing.
b = bytes([0, 15, 16, 255, 171])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|"), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("DE AD be ef"), bytes.fromhex(""), bytes.fromhex(" 00 ff "))
print(bytes.fromhex(b.hex()) == b, bytearray.fromhex("6869"), "hi".encode().hex())
print(int(b"\x01\x00".hex(), 16), "%02x" % 10, format(255, "02x"), (4096).to_bytes(2, "big").hex())
for s in ["abc", "zz", "a b", "0x10", "1 2"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(b"41")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
