a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
p = q = 5
p += 1
print(p, q)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 99
print(i, lst)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
a, b = c, d = 3, 4
print(a, b, c, d)
t = a, b = [7, 8]
print(t, a, b)
m = [1, 2]
m[0], m[1] = m[1], m[0]
print(m)
(a, b), (c, d) = "ab", "cd"
print(a + b + c + d)
n = [[1, 2], [3, 4]]
n[0][1], n[1][0] = n[1][0], n[0][1]
print(n)
