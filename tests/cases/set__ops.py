a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a, b)
c = a
c |= {7}
print(a, c is a)
c &= {1, 2, 7}
print(a)
c -= {1}
print(a)
c ^= {2, 3}
print(a)
print({1, 2} | set(), set() & {1}, set() - set(), {1} ^ {1})
print(type(a | b).__name__, len(a ^ b))
print(1 in a, 5 not in a, {1} in [{1}])
for op in ["|", "&", "-", "^"]:
    try:
        if op == "|":
            {1} | [2]
        elif op == "&":
            {1} & (1,)
        elif op == "-":
            {1} - range(1)
        else:
            {1} ^ "a"
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
sorted(a | b)
