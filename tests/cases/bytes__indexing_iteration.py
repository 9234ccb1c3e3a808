# Indexing bytes gives ints; slicing gives bytes; iteration yields ints.
b = b"Python"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-2:], type(b[0]).__name__, type(b[0:1]).__name__)
print([x for x in b], sum(b), max(b), min(b), sorted(b)[:3], list(reversed(b))[:2])
print(80 in b, b"yth" in b, b"" in b, b"x" not in b)
print(b[0] == ord("P"), chr(b[0]), bytes([b[0]]), b[0:1] == b"P")
for i, byte in enumerate(b"ab"):
    print(i, byte, hex(byte), chr(byte))
print(len(b), b.count(b"o"), b * 2, b + b"!", list(zip(b"ab", b"xy")))
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(sorted(b"cab")), b"abc" < b"abd")
try:
    print(b[6])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(b["x"])
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b)
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"p"
except TypeError as e:
    print(type(e).__name__, e)
