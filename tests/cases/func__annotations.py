# annotations are accepted and have no runtime effect on calls
def scale(values: list[float], factor: float = 2.0, *, round_to: int | None = None) -> list[float]:
    out = [v * factor for v in values]
    if round_to is not None:
        out = [round(v, round_to) for v in out]
    return out


print(scale([1, 2.5]))
print(scale([1.234, 5.678], 3, round_to=1))
# wrong types are not checked
print(scale("ab", 2))


def ident(x: "any string annotation") -> "also fine":
    return x


print(ident(5))

# variable annotations
count: int = 0
label: str
count += 3
print(count)
ratio: float = count / 4
print(ratio)


def uses_local_annotation():
    total: int = 0
    pending: list
    for i in range(4):
        total += i
    return total


print(uses_local_annotation())
lam = lambda a, b: a + b
print(lam(1, 2))
# an annotated-but-unassigned name is still unbound
try:
    print(label)
except NameError as e:
    print("NameError:", e)
