# CPython 3.11 limits int<->str conversion of decimal strings to 4300 digits.
s = "7" * 4300
print(len(str(int(s))))
n = 10**4299
print(len(str(n)))
big = 10**4300
print(big.bit_length(), len(hex(big)))
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 5000, 16) % 1000)
print(len(format(big, "x")))
print(big % 10**9, big // 10**4290)
repr(10**5000)
