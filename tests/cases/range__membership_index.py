r = range(3, 30, 4)
print(3 in r, 7 in r, 8 in r, 30 in r, 27 in r, -1 in r)
print(7.0 in r, True in range(2), "3" in r, None in r, [3] in r)
print(r.index(27), r.count(27), r.count("x"), r.index(7.0))
for v in [8, 31, "a", 3.5]:
    try:
        r.index(v)
    except ValueError as e:
        print(type(e).__name__, e)
for i in [7, -8, 100]:
    try:
        print(r[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    r["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(10 ** 30 in range(10 ** 31), range(10 ** 31).index(10 ** 30) == 10 ** 30)
