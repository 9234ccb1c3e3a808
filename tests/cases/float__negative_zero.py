# -0.0: equal to 0.0 but visible in repr, sign propagation and formatting.
z = -0.0
print(z, repr(z), str(z), z == 0.0, z == 0, z < 0, z is not None)
print(0.0 * -1, -1 * 0.0, 0.0 / -5, -0.0 + 0.0, -0.0 - 0.0, -0.0 + -0.0, 0.0 - 0.0)
print(abs(-0.0), -(0.0), -(-0.0), +(-0.0))
print(round(-0.4), round(-0.4, 1), round(-0.0), int(-0.0), float("-0"), float(-0))
print(f"{z}", f"{z:.1f}", f"{z:+.1f}", f"{z:z.1f}", f"{-0.001:z.2f}", f"{z:e}", format(z, "g"), "%.2f" % z, "%d" % z)
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
print(str(-1e-400), -1e-400 == 0, (-0.0).hex(), (-0.0).as_integer_ratio())
print({0.0: "pos"}.get(-0.0), 1 / float("inf") == -1 / float("inf"))
print(-1e-320 * 1e-10, -0.0 ** 2, (-0.0) ** 2, (-0.0) ** 3)
print(divmod(-0.0, 1.0), -0.0 // 1.0, 0.0 % -1)
