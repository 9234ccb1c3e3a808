fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print([c() for _ in range(3)])
muls = {n: (lambda x, n=n: x * n) for n in range(1, 4)}
print({k: f(5) for k, f in muls.items()})
def outer():
    vals = []
    for j in range(3):
        vals.append(lambda: j)
    j = 100
    return [v() for v in vals]
print(outer())
base = 1
funcs = [lambda x: x + base for _ in range(2)]
base = 50
print([f(0) for f in funcs])
