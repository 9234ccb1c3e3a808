print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(None) == hash(None), hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(-0.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(-1.0) == hash(-1), hash(-1.0))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1, (2, 3))) == hash((1.0, (2.0, 3))))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(range(3)) == hash(range(0, 3, 1)))
print(type(hash(5)).__name__)
for v in [[1], {1: 2}, {3}, (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    hash(obj=1)
except TypeError as e:
    print("TypeError", e)
