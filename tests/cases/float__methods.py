# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in [0.0, 1.0, -2.5, 0.1, 1e16, 1.5e-5, 3.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex())
print((0.5).hex(), (-0.0).hex(), (1.0).hex(), (2.0 ** -1074).hex(), float("inf").hex(), float("nan").hex())
print(float.fromhex("0x1p-1"), float.fromhex("-0x1.8p3"), float.fromhex("0xA"), float.fromhex(" 0x1.fffffffffffffp+1023 "))
print(float.fromhex("inf"), float.fromhex("-0x0p0"), float.fromhex("0x.8"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, type((2.5).imag).__name__)
print(float.fromhex((0.1).hex()) == 0.1)
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
          lambda: float.fromhex("0x1p99999"), lambda: float.fromhex("zz")]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1)
print(float(3).is_integer(), (10.0 ** 20).is_integer(), float("inf").is_integer())
(0.75).as_integer_ratio()
