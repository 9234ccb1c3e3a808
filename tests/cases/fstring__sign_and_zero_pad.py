# Sign options + - space, zero padding, and the z option (3.11) for negative zero.
for v in [5, -5, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("nan")]:
    print(f"[{v:+}][{v:-}][{v: }][{v:+06}][{v: 06}][{v:06}][{v:+.1f}][{v: e}]")
print(f"[{-0.0:z}][{-0.0:z.1f}][{-0.001:z.2f}][{-0.001:.2f}][{0.001:z.2f}][{-1.5:z.1f}][{-0.0:+z.1f}]")
print(f"[{-0.00001:z.1e}][{-0.0:zg}][{-0.4:z.0f}][{-0.4:.0f}][{-0.0:z%}]")
print(f"[{7:03}][{-7:03}][{7:+03}][{7:=+5}][{7:0<5}][{7:0^5}][{-7:0>5}]")
print(f"[{12345:03}][{1.5:010.3f}][{-1.5:010.3e}][{1.5:+010g}]")
try:
    print(format(5, "z"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format("s", "+"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(format("s", "=5"))
except ValueError as e:
    print(type(e).__name__, e)
