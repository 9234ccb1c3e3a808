a = [1, 2]
r = a.append(3)
print(a, r)
a.append([4, 5])
print(a, len(a))
a.extend([6, 7])
print(a)
a.extend((8,))
a.extend(range(9, 11))
a.extend("ab")
print(a)
a.extend({})
print(len(a))
b = [1, 2, 3]
b.insert(0, "first")
b.insert(100, "last")
b.insert(-1, "before-last")
b.insert(-100, "very-first")
print(b)
c = []
c.insert(5, 1)
c.insert(-5, 0)
print(c)
d = [1, 2]
d.extend(d)
print(d)
try:
    d.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
