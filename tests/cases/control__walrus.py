# assignment expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print("n is still", n)

# in a while loop
items = ["a", "b", "stop", "c"]
pos = 0
while (item := items[pos]) != "stop":
    print("item", item)
    pos += 1
print("stopped at", pos, item)

# in a comprehension: the target binds in the enclosing scope
values = [y for x in data if (y := x * 2) > 6]
print(values, "last y =", y)

# reuse a computed value
def slow_square(v):
    print("computing", v)
    return v * v


results = [s for v in range(4) if (s := slow_square(v)) % 2 == 0]
print(results)

# walrus in a function argument and nested
print(max((z := 5), 3), z)
a = (b := 10) + (c := 20)
print(a, b, c)
# any() with walrus captures the witness
if any((w := x) > 7 for x in data):
    print("first > 7 is", w)
