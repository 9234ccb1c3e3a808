from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(0)
print(d, d.index(3), d.index(3, 2), d.count(3), d.count("zz"))
d.remove("a")
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d[0] = "first"
del d[1]
print(d, "first" in d, "ins" in d)
d.reverse()
print(d, list(reversed(d)))
d.clear()
print(d, len(d), bool(d))
for fn, label in ((d.pop, "pop"), (d.popleft, "popleft")):
    try:
        fn()
    except IndexError as e:
        print(label, type(e).__name__, e)
def store(dq, i, v):
    dq[i] = v
def drop(dq, i):
    del dq[i]
for bad in (lambda: deque()[0], lambda: deque([1])[5], lambda: deque([1])[-2], lambda: store(deque([1]), 3, 0),
            lambda: drop(deque(), 0)):
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    deque([1, 2]).remove(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2]).index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2])[0:1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque([1, 2])["a"]
except TypeError as e:
    print(type(e).__name__, e)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
print(w, w.maxlen, list(w))
w.appendleft(-1)
print(w)
w.extend([10, 11])
print(w)
w.extendleft([20])
print(w)
try:
    w.insert(0, 99)
except IndexError as e:
    print(type(e).__name__, e)
print(deque(range(10), 4), deque("abc", maxlen=0), deque(maxlen=2), deque(), deque([]))
print(repr(deque([[1], "s"])), str(deque((1,), 5)), deque([1]).maxlen)
try:
    deque([], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    w.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
x = deque([1, 2]) + deque([3])
y = deque([1, 2]) * 2
z = deque([1])
z += [7, 8]
z *= 2
print(x, y, z, deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
c = z.copy()
c.append(0)
print(z, c, type(c).__name__)
print(sum(deque([1, 2, 3])), max(deque("xay")), sorted(deque([3, 1, 2])), list(enumerate(deque("ab"))))
last = deque(maxlen=2)
for line in ["l1", "l2", "l3", "l4"]:
    last.append(line)
print(list(last))
q = deque([("task", 1)])
while q:
    name, n = q.popleft()
    print(name, n)
    if n < 3:
        q.append((name, n + 1))
try:
    deque([1]) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for item in dd:
        dd.append(item)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque(x * x for x in range(4)), deque(iter([5, 6]), 1))
r = deque(range(5))
r.rotate(7)
print(r, r.index(0, 1, 4))
