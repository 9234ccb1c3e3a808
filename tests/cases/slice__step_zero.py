a = [1, 2, 3]
for target in [a, "abc", (1, 2), b"ab", range(4)]:
    try:
        target[::0]
    except ValueError as e:
        print(type(target).__name__, type(e).__name__, e)
try:
    a[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(a[::1], a[::10], a[::-10])
try:
    a[::"x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[::1.0]
except TypeError as e:
    print(type(e).__name__, e)
step = 0
print(a)
"text"[::step]
