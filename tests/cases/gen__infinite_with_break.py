def naturals():
    n = 0
    while True:
        yield n
        n += 1


for n in naturals():
    if n * n > 50:
        print("first square over 50 comes from", n)
        break

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for i, f in zip(range(12), fib()):
    out.append(f)
print(out)

def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result


print(take(5, naturals()))
print(take(0, fib()))
g = fib()
print([next(g) for _ in range(8)])
print(next(g), next(g))
