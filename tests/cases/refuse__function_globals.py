def f():
    return 1


g = f.__globals__
print(sorted(g))

# monty-expect-error: AttributeError: 'function' object has no attribute '__globals__'
# monty-why: a function's globals would expose the module namespace (and builtins) as a mutable host dict
