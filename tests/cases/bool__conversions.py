# str/repr/int/float/format of bools, and bool() from strings.
print(str(True), repr(False), int(True), float(False))
print(f"{True}", f"{True!r}", f"{True:d}", f"{True:5}|", f"{False:>6}|", f"{True:.2f}", f"{True:x}", f"{True:b}")
print("%s %r %d %i %f" % (True, False, True, False, True))
print("{} {!r} {:d} {:^7}".format(True, False, True, True))
print(format(True), format(True, ""), format(False, "^5"), format(True, "<3") + "|")
print(bool("False"), bool("0"), bool(""), bool(" "))
print(str(True).lower(), str(False).upper(), len(str(True)))
print(True == "True", str(True) == "True", True is True)
print(type(True).__name__, type(bool(1)).__name__, bool(1) is True, bool([]) is False)
print(isinstance(True, int), isinstance(1, bool), isinstance(False, (float, int)))
print(int("1") == True, True in [1], 1 in [True], [True].index(1), [1, True, 1.0].count(True))
print(hex(True), bin(False), oct(True), chr(65 + True))
try:
    format(True, "s")
except ValueError as e:
    print(type(e).__name__, e)
