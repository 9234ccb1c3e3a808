a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = [a, a]
print(b)
d = {"k": []}
d["k"].append(d)
print(d)
c = []
c.append([c])
print(c)
print(repr(a), str(a))
t = ([],)
t[0].append(t)
print(t)
