# bytes() constructor variants and bytearray mutability.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((255, 0)), bytes(b"copy"))
print(bytes("abc", "ascii"), bytes("é", encoding="utf-8"), bytes(bytearray(b"ba")), bytes(iter([49, 50])))
print(bytes(0), len(bytes(10)), bytes([]) == b"", bytes.fromhex("41 42"))
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
ba[1:3] = b"EE"
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[0]
print(ba, ba.decode(), type(ba).__name__, bytearray(3), bytearray([1, 2]) + b"\x03")
errors = [
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes("abc"),
    lambda: bytes(-1),
    lambda: bytes(1.5),
    lambda: bytes("x", "utf-8", "strict", "extra"),
    lambda: bytes(5, "utf-8"),
]
for f in errors:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = b"abc"
b[0] = 1
