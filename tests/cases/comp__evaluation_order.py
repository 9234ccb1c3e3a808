log = []
def t(tag, v):
    log.append(tag)
    return v
res = [t("elt", x) for x in t("iter", [1, 2]) if t("cond", x)]
print(res, log)
log.clear()
d = {t("k", k): t("v", k) for k in range(2)}
print(d, log)
log.clear()
g = sum(t("g", x) for x in t("src", range(3)))
print(g, log)
log.clear()
res = [(t("a", a), t("b", b)) for a in t("outer", [1, 2]) for b in t("inner", [3])]
print(res, log)
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: 10 // x for x in range(-1, 2)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
out = []
try:
    out = [int(s) for s in ["1", "2", "x"]]
except ValueError as e:
    print(type(e).__name__, e)
print(out)
