def gen(n):
    for i in range(n):
        yield i


a, b = gen(2)
print(a, b)
try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(1)
except ValueError as e:
    print("ValueError:", e)
x, *ys, z = gen(6)
print(x, ys, z)
try:
    x, *ys, z = gen(1)
except ValueError as e:
    print("ValueError:", e)
(p, q), r = gen(2), 9
print(p, q, r)

def f(*args):
    return args


print(f(*gen(3)))
print(f(*gen(0), *gen(2)))
print(list(zip(*[gen(3), gen(3)])))
