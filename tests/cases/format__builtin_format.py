# The builtin format(value, spec) on each type, including empty spec == str().
vals = [42, -3.5, "txt", True, None, [1], (1, 2), {"a": 1}, b"by", 1e16, 0.1]
for v in vals:
    print(repr(format(v)), repr(format(v, "")), format(v) == str(v))
print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(0.5, ".0%"), format(255, "#x"))
print(format(3, "b"), format(-3, "08b"), format(65, "c"), format("s", ">3"), format(1e-7, "g"))
print(format(123, ""), format(123, "10"), format(-0.0, ""), format(float("inf"), "+"))
print(format(12.0, ""), format(12.0, "g"), format(12.0, "n"), format(12.5, ".0f"), format(13.5, ".0f"))
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".16g"), format(123456789.0, ""), format(1.0, "%"))
print(format(2**70, ","), format(2**70, "e"), format(2**70, ".3g"), format(-(2**70), "x"))
print(format(0.1, ".17f"), format(0.1, ".55f"), format(1 / 3, ".5"), format(2 / 3, ".3e"))
print(type(format(5)).__name__, format(True, "d"), format(False, "^7") + "|", format(True, ""))
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
