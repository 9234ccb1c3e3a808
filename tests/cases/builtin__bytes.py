print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("hé", "utf-8"), bytes(b"ab"))
print(bytes("abc", encoding="ascii"), bytes((0, 255)), bytes(0), bytes(b""))
b = b"hello"
print(b[0], b[-1], b[1:3], len(b), b.upper(), b + b"!", b * 2, b"ll" in b, 104 in b)
print(list(b"ab"), b"a" < b"b", b"abc" == b"abc", b"a" == "a", b.decode(), b"\xc3\xa9".decode("utf-8"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  s ".strip(), b.find(b"l"), b.count(b"l"))
print(b.hex(), bytes.fromhex("41 42"), b.startswith(b"he"), b.replace(b"l", b"L"))
print(repr(bytes([9, 10, 13, 39, 92, 127, 128])))
for args in [([256],), ([-1],), ("abc",), (-1,), (1.5,), ([1.0],), ("é", "ascii")]:
    try:
        print(bytes(*args))
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    b + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
