for make in (lambda: pow(-2.0, 0.5), lambda: (-8) ** (1 / 3), lambda: (-2.0) ** 2.0, lambda: (-2) ** -1):
    try:
        print(make())
    except ValueError as e:
        print("ValueError:", e)
x = -4.0
try:
    x **= 0.5
except ValueError:
    print("x is still", x)
x = (-0.5) ** 0.5
print(x / 2)

# monty-expect-stdout: ValueError: negative number cannot be raised to a fractional power (the sandbox has no complex numbers)
# monty-expect-stdout: ValueError: negative number cannot be raised to a fractional power (the sandbox has no complex numbers)
# monty-expect-stdout: 4.0
# monty-expect-stdout: -0.5
# monty-expect-stdout: x is still -4.0
# monty-expect-error: ValueError: negative number cannot be raised to a fractional power (the sandbox has no complex numbers)
# monty-why: CPython's answer is a complex number and the sandbox has no complex type; the power is refused
# monty-why: where it happens instead of leaking a value that no operation knows
