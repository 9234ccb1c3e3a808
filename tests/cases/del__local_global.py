def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    w = 2
    del w
    w = 3
    return w
print(g())
z = 10
def h():
    global z
    del z
h()
try:
    z
except NameError as e:
    print(type(e).__name__, e)
def k():
    del undefined_local
    undefined_local = 1
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    val = "x"
    def inner():
        nonlocal val
        del val
    inner()
    try:
        return val
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())
