# Arbitrary-precision integer arithmetic.
a = 2**100
b = 3**60
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b)
print(divmod(a, 12345678901234567))
print(a ** 3)
print(-(2**127) - 1, 2**63 - 1, -(2**63))
print(2**64 * 2**64 == 2**128)
print((10**40 + 1) * (10**40 - 1))
print(10**50 // 10**25, 10**50 % (10**25 + 7))
print(a > b, a == 2**100, a != a + 1)
print(sum(range(10**6, 10**6 + 5)) * 10**30)
print(abs(-(7**77)))
print(len(str(2**1000)), str(2**1000)[:20], str(2**1000)[-10:])
print(int(str(9**50)) == 9**50)
print(max(2**80, 3**50), min(-(2**80), -(3**50)))
x = 1
for i in range(1, 30):
    x = x * i + i
print(x)
print(2**100 / 2**99, type(2**100 / 2**99).__name__)
print(10**100 == 1e100, 10**22 == 1e22, 10**23 == 1e23)
