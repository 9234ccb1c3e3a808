x = "global x"
g = (x for x in range(3))
print(list(g), x)

def f():
    y = 10
    return (y + i for i in range(3))


print(list(f()))

def g2():
    data = [1, 2, 3]
    gen = (v for v in data)
    data = [100]
    return list(gen)


print(g2())

def g3():
    n = 1
    gen = (v * n for v in range(3))
    n = 5
    return list(gen)


print(g3())
try:
    print(list(undefined_name for _ in range(2)))
except NameError as e:
    print("NameError:", e)
try:
    lazy = (undefined_later for _ in range(2))
    print("created without error")
    list(lazy)
except NameError as e:
    print("NameError:", e)
