def noisy(x):
    print("computing", x)
    return x * 2


g = (noisy(i) for i in range(4))
print("genexpr created")
print(next(g))
print("between")
print(next(g))
print(list(g))

# the outermost iterable is evaluated immediately, the rest lazily
def source():
    print("source evaluated")
    return [1, 2, 3]


h = (v + 1 for v in source())
print("after creating h")
print(sum(h))

# the outermost iterable error happens at creation time
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# an error in the element expression happens on consumption
z = (1 / v for v in [1, 0, 2])
print("z created")
print(next(z))
try:
    next(z)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# nested generator expressions with conditions
pairs = ((a, b) for a in range(3) for b in range(3) if a != b)
print(list(pairs))
