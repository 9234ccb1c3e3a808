X = type('X', (), {})
print(X)

# monty-expect-error: TypeError: type() with three arguments is not supported in the sandbox
# monty-why: dynamic class creation is refused like the class statement; CPython prints <class '__main__.X'>
