from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(+Counter(), -Counter(), Counter() + Counter())
x = Counter(a=3, b=-1)
x += Counter(b=1, c=2)
print(x)
x -= Counter(a=5)
print(x)
x = Counter(a=1, b=4)
x |= Counter(a=2, b=1, z=-1)
print(x)
x &= Counter(a=1, b=9)
print(x)
y = Counter(p=2)
y += {"p": 1, "q": 3}
print(y)
ops = {"+": lambda p, q: p + q, "-": lambda p, q: p - q, "|": lambda p, q: p | q, "&": lambda p, q: p & q}
for op, fn in ops.items():
    for left, right in ((Counter(a=1), {"a": 2, "b": 1}), ({"a": 2}, Counter(a=1, c=1))):
        try:
            r = fn(left, right)
            print(op, type(r).__name__, r)
        except TypeError as e:
            print(op, type(e).__name__, e)
try:
    Counter(a=1) + 1
except TypeError as e:
    print(type(e).__name__, e)
print(Counter(a=1.5) + Counter(a=2), Counter(a=2.5) - Counter(a=0.5), Counter(a=True) + Counter(a=True))
print(sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter()))
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, fig=1)
missing = order - inventory
print(missing, bool(missing), not Counter(), (inventory - order).most_common())
