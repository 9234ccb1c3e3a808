# Middle operands of a chain are evaluated once; evaluation stops at the first False.
log = []
def v(name, value):
    log.append(name)
    return value
print(v("a", 1) < v("b", 2) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) < v("b", 0) < v("c", 3))
print(log)
log.clear()
print(v("a", 1) == v("b", 1) == v("c", 2) == v("d", 2))
print(log)
log.clear()
print(v("a", 5) > v("b", 3) > v("c", 4) > v("d", 0))
print(log)
log.clear()
print(v("a", 3) < v("b", 1) < v("c", "x"))
print(log)
log.clear()
try:
    print(v("a", 0) < v("b", 1) < v("c", "x"))
except TypeError as e:
    print(type(e).__name__, e)
print(log)
n = 0
def counter():
    global n
    n += 1
    return n
print(0 < counter() < 2, n)
print(0 < counter() < counter(), n)
