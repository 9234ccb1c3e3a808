a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1})
print(a > b, {1, 4} < b, {1, 4} > b, {1, 4} == b)
print(set() < a, set() <= set(), set() < set())
print(a == frozenset(a), a != [1, 2], {1} == {1.0}, {1} == {True})
print(a.issubset(b), b.issuperset(a), a.issubset(a), a.issubset(range(5)))
print(sorted([{3}, {1}, {2}]))
print(max([{1}, {1, 2}, {2}]), min([{1, 2}, {1}]))
try:
    {1} < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(3)
except TypeError as e:
    print(type(e).__name__, e)
print({1} < {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2} < {1, 2})
