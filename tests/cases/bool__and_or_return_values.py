# `and`/`or` return one of their operands (not necessarily a bool) and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" or "default")
print(None and 1, None or 0, [] or {}, [] and {}, 0.0 or None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last")
print(1 or 0 and 0, (1 or 0) and 0, not 0 and 5, not (0 and 5))
calls = []
def f(name, value):
    calls.append(name)
    return value
r = f("a", 0) and f("b", 1)
print(r, calls)
calls.clear()
r = f("a", 1) or f("b", 1)
print(r, calls)
calls.clear()
r = f("a", 1) and f("b", 0) or f("c", "fallback")
print(r, calls)
calls.clear()
r = f("a", []) or f("b", 0) or f("c", None)
print(r, calls)
print(type(1 and 2.5).__name__, type(0 or False).__name__, type(True and 3).__name__)
d = {}
value = d.get("k") or "missing"
print(value)
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print(0 < x and x < 10, bool(x and not x))
