x = 5
y = [x]
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
print(y)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
m = [1]
n = m
del m
print(n)
(p, q) = (1, 2)
del (p, q)
[r, s] = (3, 4)
del [r, s]
try:
    print(p + r)
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
undefined_name
