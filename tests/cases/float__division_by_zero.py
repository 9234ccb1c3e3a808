# Float division by zero raises instead of returning inf; ends with an uncaught error.
ops = [("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod)]
for name, op in ops:
    for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (-1.5, -0.0), (1.0, 0), (float("inf"), 0.0)]:
        try:
            print(name, a, b, op(a, b))
        except ZeroDivisionError as e:
            print(name, a, b, type(e).__name__, e)
print(1.0 / 1e-320, 1e308 / 0.5, -1e308 / 1e-10)
x = 2.0
x /= 4
print(x)
print("next one fails")
x / 0.0
