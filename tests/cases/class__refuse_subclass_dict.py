print("start")


class Registry(dict):
    pass


print(Registry(a=1))

# monty-expect-stdout: start
# monty-expect-error: TypeError: subclassing the builtin type 'dict' is not supported in the sandbox
# monty-why: guest classes cannot extend host builtin types; CPython prints {'a': 1}
