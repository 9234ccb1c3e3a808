a = [1, 2, 3, 4]
r = a.reverse()
print(a, r)
b = []
b.reverse()
print(b)
c = [1]
c.reverse()
print(c)
d = a.copy()
d.reverse()
print(a, d)
print(a[::-1], a)
e = [[1], [2]]
f = e.copy()
f.reverse()
f[0].append(0)
print(e, f)
print(list(reversed(a)))
try:
    a.reverse(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
