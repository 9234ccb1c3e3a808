# a comprehension has its own scope, but the lambdas share its loop variable
fs = [lambda: x for x in range(3)]
print([f() for f in fs])

# the default-argument trick works here too
gs = [lambda x=x: x for x in range(3)]
print([g() for g in gs])

# nested comprehension creating multipliers
mults = [lambda v, k=k: v * k for k in (1, 2, 3)]
print([m(10) for m in mults])
late = [lambda v: v * k for k in (1, 2, 3)]
print([m(10) for m in late])

# dict comprehension of closures
table = {n: (lambda n=n: n * n) for n in range(4)}
print({k: f() for k, f in table.items()})

# the comprehension variable does not leak
try:
    print(x)
except NameError as e:
    print("NameError:", e)

# but a closure over an enclosing function variable sees updates
def build():
    base = 1
    out = [lambda v: v + base for _ in range(2)]
    base = 100
    return out


print([f(1) for f in build()])
