calls = []


def t(name):
    calls.append(name)
    return True


def f(name):
    calls.append(name)
    return False


def run(label, fn):
    calls.clear()
    result = fn()
    print(label, result, calls)


run("f and t", lambda: f("a") and t("b"))
run("t and f", lambda: t("a") and f("b"))
run("t or f", lambda: t("a") or f("b"))
run("f or t", lambda: f("a") or t("b"))
run("f or f or t", lambda: f("a") or f("b") or t("c") or t("d"))
run("t and t and f and t", lambda: t("a") and t("b") and f("c") and t("d"))
run("not f and t", lambda: not f("a") and t("b"))

# short-circuit protects from errors
d = {"x": 0}
print("y" in d and d["y"] > 0)
print(d and 10 / len(d))
n = 0
print(n != 0 and 10 / n)
print(n == 0 or 10 / n)
# all/any short-circuit on generators
calls.clear()
print(any(t(i) for i in "abc"), calls)
calls.clear()
print(all(f(i) for i in "abc"), calls)
