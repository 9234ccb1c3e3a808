print(list(), list("abc"), list((1, 2)), list(range(3)))
print(list({3: "a", 1: "b"}), list({1: 2}.items()))
print(list(b"hi"), list([1, [2]]))
print(sorted(list({5, 1, 3})))
x = [1, 2, 3]
y = list(x)
print(x == y, x is y)
print([*"ab", *range(2)])
print(list(map(str, [1, 2])))
print(len([]), len([[]]), bool([]), bool([0]))
z = [0] * 3
z[1] = z[2] = 7
print(z)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print([1, 2, 3][-1:], [1, 2, 3][:-1])
m
