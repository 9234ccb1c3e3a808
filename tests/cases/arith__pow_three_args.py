# pow(base, exp, mod): modular exponentiation, including negative exponents (modular inverse).
print(pow(2, 10, 1000))
print(pow(3, 200, 13))
print(pow(2, 100, 10**9 + 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(5, 0, 7), pow(5, 0, 1))
print(pow(3, -1, 7))
print(pow(38, -1, 97))
print(pow(10**30, 10**5, 10**9 + 9))
print(pow(True, 5, 3))
tests = [
    (2, 3, 0),
    (2, -1, 4),
    (2.0, 3, 5),
    (2, 3.0, 5),
    (2, 3, 5.0),
]
for b, e, m in tests:
    try:
        print(pow(b, e, m))
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(pow(base=2, exp=5))
print(pow(2, exp=5, mod=7))
