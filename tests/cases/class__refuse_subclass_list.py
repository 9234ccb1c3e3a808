class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
print(s.peek())

# monty-expect-error: TypeError: subclassing the builtin type 'list' is not supported in the sandbox
# monty-why: guest classes cannot extend host builtin types; CPython prints 2
