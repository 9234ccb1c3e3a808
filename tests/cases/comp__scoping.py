x = "outer"
print([x for x in range(3)], x)
y = 10
print([y * i for i in range(3)])
i = "keep"
print({i: i * 2 for i in range(2)}, i)
print(sum(i for i in range(5)), i)
def f():
    n = 3
    return [n * k for k in range(n)]
print(f())
def g():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(g())
def h():
    items = [lambda k=k: k for k in range(3)]
    return [fn() for fn in items]
print(h())
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
data = [1, 2, 3]
print([data[j] for j in range(len(data))])
print([[w for w in range(z)] for z in range(3)])
