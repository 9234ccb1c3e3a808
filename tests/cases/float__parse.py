# float() parsing of strings: whitespace, signs, exponents, underscores, specials.
for s in ["1", " 1.5 ", "-2.", ".5", "+.5e1", "1e3", "1E-3", "1_000.5", "1_0e1_0", "\t3.25\n",
          "-0", "0.0", "00012.50", "1e400", "-1e400", "1e-400", "inf", "-Infinity", "nAn",
          "0.1", "12345678901234567890", "4.9e-324", "2.5e-324", "١.٥"]:
    v = float(s)
    print(repr(s), repr(v))
print(float(), float(0), float(-5), float(True), float(10**20), float(2**53 + 1))
print(float(b"1.5"), float(bytearray(b" 2e2 ")))
print(type(float("1")).__name__, float("1") == 1)
print(float("10"), float.fromhex("0x10"), float.fromhex("0x1.8p1"))
print(float("1e-5"), float("1e16"), float("0.000001"))
