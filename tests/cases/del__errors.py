def try_del(obj, key):
    try:
        del obj[key]
        print("deleted", obj)
    except (TypeError, IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
t = (1, 2, 3)
try_del(t, 0)
try:
    del t[0:1]
except TypeError as e:
    print(type(e).__name__, e)
try_del("abc", 0)
try_del({1, 2}, 1)
try_del(range(3), 1)
try_del(5, 0)
try_del(None, 0)
lst = [1, 2]
try_del(lst, 2)
try_del(lst, -3)
try_del(lst, "0")
try_del(lst, 1.0)
try_del(lst, -1)
try:
    del lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
try_del({"a": 1}, "b")
try_del({"a": 1}, "a")
print(lst, t)
b = b"xy"
del b[0]
