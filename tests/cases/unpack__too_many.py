def split(s):
    key, value = s.split("=")
    return key, value
print(split("a=1"))
try:
    split("a")
except ValueError as e:
    print(type(e).__name__, e)
print(split("b=2"))
x, y = {1: 2, 3: 4}
print(x, y)
x, y = {1: 2, 3: 4}.items()
print(x, y)
split("a=1=2")
