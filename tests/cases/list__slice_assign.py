a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
a[len(a):] = [7, 8]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::2] = ["a", "b", "c"]
print(b)
b[::-2] = [9, 8, 7]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[1:2] = "xyz"
print(c)
c[5:10] = [99]
print(c)
c[2:1] = ["between"]
print(c)
d = [1, 2, 3]
d[0:0] = d
print(d)
e = [0, 1, 2, 3]
e[::1] = [5]
print(e)
f = [1, 2, 3, 4]
f[1:3] = range(5)
print(f)
