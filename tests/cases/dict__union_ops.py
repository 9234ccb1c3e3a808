a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
print(b | a)
alias = a
a |= b
print(a, alias is a)
a |= [("w", 0)]
print(a)
a |= zip("pq", [1, 2])
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | None
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a & b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print({} | {}, {1: 1} | {1: 2} | {1: 3})
e = {1: "a"}
f = e | {}
print(f == e, f is e)
