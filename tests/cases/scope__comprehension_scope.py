x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)

# the loop variable of a generator expression also does not leak
total = sum(n for n in range(5))
try:
    print(n)
except NameError as e:
    print("NameError:", e)

# comprehensions can read enclosing function locals
def scaled(values, factor):
    offset = 1
    return [v * factor + offset for v in values]


print(scaled([1, 2, 3], 10))

# nested comprehensions: inner can see outer's variable
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)

# dict and set comprehensions have their own scope too
k = "keep"
d = {k: len(k) for k in ["aa", "b"]}
s = {k * 2 for k in range(3)}
print(d, sorted(s), k)

# a for statement (not a comprehension) does leak
for leaked in range(3):
    pass
print("leaked =", leaked)
