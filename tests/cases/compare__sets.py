# Set comparison operators mean subset/superset, not ordering.
a = {1, 2}
b = {1, 2, 3}
c = {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1})
print(a < c, a > c, c < a, a == c, a != c)
print(frozenset(a) < b, a <= frozenset(b), frozenset() < a, set() <= set())
print(a.issubset(b), b.issuperset(a), a.isdisjoint(c), a.isdisjoint(b))
print(a.issubset([1, 2, 5]), b.issuperset(range(3)))
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1} < {2} or {2} < {1})
print(sorted([{1, 2}, {1}, {3}], key=len), sorted(map(sorted, [{3, 1}, {2}])))
print({1.0, 2.0} == {1, 2}, {True} == {1}, {0} <= {False, 5})
for f in [lambda: a < [1, 2, 3], lambda: a <= (1,), lambda: {1: 2} < {1: 2, 3: 4}]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a.issubset(5)
except TypeError as e:
    print(type(e).__name__, e)
