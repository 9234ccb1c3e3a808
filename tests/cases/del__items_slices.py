a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[1:100]
print(b)
c = list(range(10))
del c[8:2:-2]
print(c)
del c[:]
print(c, len(c))
d = [1, 2, 3]
del d[5:], d[0]
print(d)
e = [[1, 2], [3, 4]]
del e[0][1], e[1][0]
print(e)
f = list(range(6))
alias = f
del f[1::2]
print(alias)
g = [0, 1, 2]
del g[True]
print(g)
g
