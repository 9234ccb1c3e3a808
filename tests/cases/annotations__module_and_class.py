x: int = 5
y: "str"
class P:
    a: int
    b: str = "s"
    if True:
        c: list = []
    d = 4
print(__annotations__, P.__annotations__, P.b, P.c)
def f():
    z: undefined_name = 3
    return z
print(f())
