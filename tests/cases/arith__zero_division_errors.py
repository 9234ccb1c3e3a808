# Every kind of division by zero and its exact message; ends with an uncaught one.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1,
    lambda: 10**30 // 0,
    lambda: True / False,
]
import sys
for i, f in enumerate(cases):
    try:
        f()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, str(e))
        print("stderr:", i, e, file=sys.stderr)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("aug", e, x)
print("about to fail")
-3 % 0
