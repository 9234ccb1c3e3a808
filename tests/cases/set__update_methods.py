s = {1, 2, 3, 4}
r = s.intersection_update([2, 3, 4, 5], (3, 4))
print(r, s)
s.difference_update([4], {9})
print(s)
s.symmetric_difference_update([3, 5, 6])
print(s)
s.update()
s.update("")
print(s)
t = {0}
t.update({1: "a", 2: "b"})
print(t)
t.difference_update(range(2))
print(t)
try:
    t.symmetric_difference_update([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.update([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(t)
u = {1, 2}
u.intersection_update()
print(u)
u.intersection_update({2}, {1})
print(u)
