class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc, tb is None if typ is None else "tb")
        return self.suppress
with CM("a") as a:
    print("body", a.name)
with CM("b", True):
    raise ValueError("boom")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print("two", x.name, y.name)
def f():
    with CM("r"):
        return 5
print(f())
for i in range(3):
    with CM(f"l{i}"):
        if i == 0:
            continue
        if i == 1:
            break
def g():
    for i in range(2):
        with CM("gen"):
            yield i
print(list(g()))
class Bad:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
try:
    with Bad():
        raise ValueError("orig")
except RuntimeError as e:
    print("exit raised", e, repr(e.__context__))
for obj in (1, CM):
    try:
        with obj:
            pass
    except Exception as e:
        print(type(e).__name__, e)
with CM("t") as (p):
    pass
try:
    with CM("u") as (m, n):
        pass
except Exception as e:
    print(type(e).__name__, e)
with CM("nested"):
    try:
        with CM("inner", True):
            1/0
    finally:
        print("finally")
