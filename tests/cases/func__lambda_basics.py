square = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: "constant"
varargs = lambda *a, **k: (a, sorted(k.items()))

print(square(7), add(1), add(1, 2), noargs())
print(varargs(1, 2, z=3, y=4))
print((lambda x, y: x * y)(6, 7))

# lambdas as sort keys
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])))

# with map / filter
print(list(map(lambda s: s.upper(), ["a", "bc"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))

# a dispatch table of lambdas
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for sym in sorted(ops):
    print(17, sym, 5, "=", ops[sym](17, 5))

# lambda returning a lambda
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
# keyword-only and positional-only in a lambda
kl = lambda a, /, b, *, c: (a, b, c)
print(kl(1, b=2, c=3))
