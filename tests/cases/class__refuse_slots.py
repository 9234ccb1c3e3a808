print("defining")


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2).x)

# monty-expect-stdout: defining
# monty-expect-error: TypeError: __slots__ is not supported in the sandbox; remove it (attributes work without it)
# monty-why: __slots__ is refused at class creation; CPython prints 1
