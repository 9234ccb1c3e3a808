a = list(range(8))
a[::2] = "abcd"
print(a)
a[1::2] = [x * 10 for x in range(4)]
print(a)
a[::-3] = (7, 8, 9)
print(a)
for bad in [[1], [1, 2, 3, 4, 5], []]:
    b = list(range(8))
    try:
        b[::2] = bad
    except ValueError as e:
        print(type(e).__name__, e)
c = [1, 2, 3]
c[::1] = []
print(c)
d = [1, 2, 3]
d[::-1] = d
print(d)
e = [1, 2, 3, 4]
e[::2] = e[1::2]
print(e)
f = []
f[::2] = []
print(f)
g = [0] * 5
try:
    g[::2] = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    g[::2] = None
except TypeError as err:
    print(type(err).__name__, err)
