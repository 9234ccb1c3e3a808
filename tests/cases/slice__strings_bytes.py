s = "Python"
print(s[0], s[-1], s[1:4], s[:2] + s[2:], s[::2], s[1::2])
print(s[:1].lower() + s[1:].upper(), s[len(s):], s[-len(s):])
for i in range(len(s) + 1):
    print(s[:i], end="|")
print()
b = b"\x00\x01\x02\x03"
print(b[1], b[1:3], b[::-1], type(b[0]).__name__, type(b[:1]).__name__)
print(list(b[2:]), b[4:], b"" == b[10:])
try:
    s[0] = "p"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
print("".join(reversed(s)) == s[::-1])
