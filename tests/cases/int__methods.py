# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, numerator...
for v in [0, 1, -1, 7, 8, -8, 255, 256, 2**64 - 1, 2**64, -(2**64)]:
    print(v, v.bit_length(), v.bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(True.numerator, type(True.real).__name__)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print((2**100).to_bytes(13, "big").hex())
print(int.from_bytes((2**100).to_bytes(13, "big"), "big") == 2**100)
print((1).to_bytes(), int.from_bytes(b"\x07"))
tests = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
