a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a)
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__, e)
b = [1, 2]
try:
    b.pop(5)
except IndexError as e:
    print(type(e).__name__, e)
c = [1, 2, 3, 2, 1]
c.remove(2)
print(c)
c.remove(2)
print(c)
try:
    c.remove(2)
except ValueError as e:
    print(type(e).__name__, e)
d = [1, 1.0, True]
d.remove(True)
print(d)
e = [[1], [2]]
alias = e
e.clear()
print(e, alias, e is alias)
print([].clear())
f = [3, 4]
print(f.pop(True), f)
try:
    f.pop("0")
except TypeError as err:
    print(type(err).__name__, err)
