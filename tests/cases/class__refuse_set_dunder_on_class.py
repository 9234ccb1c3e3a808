class A:
    def __init__(self):
        self.v = 1


def patched(self):
    self.v = 2


print("before")
A.__init__ = patched
print(A().v)

# monty-expect-stdout: before
# monty-expect-error: AttributeError: setting '__init__' on a class is not supported in the sandbox
# monty-why: dunder attributes of a class cannot be assigned after class creation in the sandbox; CPython patches __init__ and prints 2
