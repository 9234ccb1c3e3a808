a = [1, 2, 3]
print(a[5:], a[:10], a[-10:], a[-10:-5], a[3:], a[10:20], a[-100:100])
print("abc"[5:], "abc"[-100:2], (1, 2)[10:], b"xy"[1:100])
b = [1, 2, 3]
b[10:] = [4]
print(b)
b[-100:0] = [0]
print(b)
b[100:200] = []
print(b)
c = [1, 2, 3]
del c[10:]
del c[-100:1]
print(c)
try:
    a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[-4]
except IndexError as e:
    print(type(e).__name__, e)
print(a[2:1], a[2:1:-1], a[-1:-1])
print(a[10 ** 20:], a[-10 ** 20:], a[:10 ** 20])
