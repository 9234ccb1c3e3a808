a = {1, 2, 3}
b = {2, 3, 4}
c = {3, 4, 5}
print(a | b & c)
print((a | b) & c)
print(a - b | c)
print(a - (b | c))
print(a ^ b & c)
print((a ^ b) & c)
print(a | b ^ c)
print(a & b ^ c)
print(a - b - c, a - (b - c))
print(a & b == {2, 3}, a | b != b | a)
print(a <= a | b, a & b < a)
x = a
x = x | {0}
print(a, x)
print(not {0}, not set(), {0} or {1}, set() or {2}, {1} and {2})
print(-1 in a | {-1})
