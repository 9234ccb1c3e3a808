# Floor division rounds toward negative infinity; % takes the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(-7 // 2, -7 % 2, 7 % -2)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-0.5 // 1, -0.5 % 1)
print(5 // 2.0, type(5 // 2.0).__name__)
print(10**20 // 7, 10**20 % 7)
print(-(10**20) // 7, -(10**20) % 7)
print(True // 1, True % 2, type(True // 1).__name__)
print(3.0 // 0.5, 3.0 % 0.5)
print(-1 % 1e20)
print(5 % 0.3)
