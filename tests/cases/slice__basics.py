a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::3], a[2:8:2], a[1:-1:4])
s = "abcdefgh"
print(s[2:5], s[::2], s[-3:], s[:0], s[5:2], s[::-1])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:1], t[4:])
b = b"bytes!"
print(b[1:4], b[::-1], b[-1:], b[0], b[-1])
print(a[3:3], a[5:3], a[-1:-5], a[None:3], a[3:None], a[None:None:None])
c = a[:]
c[0] = "changed"
print(a[0], c[0])
print(a[True:3], a[1:True + 3])
i, j = 2, 6
print(a[i:j], a[i + 1:j - 1], a[-i:], a[:j][::-1])
try:
    a["1":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
