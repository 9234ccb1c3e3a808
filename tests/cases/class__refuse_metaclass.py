class Meta(type):
    pass


class A(metaclass=Meta):
    pass


print(type(A).__name__)

# monty-expect-error: TypeError: subclassing the builtin type 'type' is not supported in the sandbox
# monty-why: metaclasses are refused; CPython prints Meta
