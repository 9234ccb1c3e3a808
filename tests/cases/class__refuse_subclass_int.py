class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"


print(Meters(5) + 1)

# monty-expect-error: TypeError: subclassing the builtin type 'int' is not supported in the sandbox
# monty-why: guest classes cannot extend host builtin types; CPython prints 6
