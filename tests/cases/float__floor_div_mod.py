# Floor division and modulo on floats, including signs, -0.0 and infinities.
for a, b in [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0),
             (1.0, 0.1), (0.3, 0.1), (-1e-20, 1.0), (5.5, 1.5), (1e300, 1e-300), (10.0, 3.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float("inf")
print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(inf // 3, inf % 3, 5 // -inf)
print(7 // 2.0, 7 % 2.5, -7 % 2.5, type(7 // 2.0).__name__)
print(2.5 % 1, -2.5 % 1, 2.5 % -1, 0.1 % 0.01)
print(10**20 % 3.0, 10**20 // 3.0)
print(-0.0 % 5, 0.0 % -5, -0.0 // 5)
