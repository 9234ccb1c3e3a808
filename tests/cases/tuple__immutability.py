t = (1, [2], 3)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0:1] = (9,)
except TypeError as e:
    print(type(e).__name__, e)
t[1].append(4)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
for i in [3, -4]:
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
t[3]
