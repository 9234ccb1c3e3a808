for item in [[1], {1}, {"k": 1}, ([],)]:
    try:
        s = {item}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1, 2], [3]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print({1} in [{1}], frozenset({1}) in {frozenset({1})})
print({1} in {frozenset({1})}, set() in {frozenset()})
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
s = {(1, 2), frozenset({3}), None, 4.5, True}
print(len(s), (1, 2) in s, {3} in s, 1 in s)
nested = {frozenset({1, 2}), frozenset({2, 1})}
print(len(nested))
[len(x) for x in nested] + [len(s)]
