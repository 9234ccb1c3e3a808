class A(metaclass=type):
    x = 1


print(A.x)

# monty-expect-error: TypeError: metaclasses are not supported in the sandbox
# monty-why: the metaclass keyword is refused even for type itself; CPython prints 1
