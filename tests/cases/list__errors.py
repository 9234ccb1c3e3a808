a = [10, 20, 30]
for i in [3, -4, 100]:
    try:
        print(a[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
for idx in ["0", 1.0, None]:
    try:
        a[idx]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a[0.5] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[-1], a[-3])
a[7]
