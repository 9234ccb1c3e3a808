async def numbers():
    yield 1

# monty-expect-error: SyntaxError: asynchronous generators are not supported yet
# monty-why: async generators are not implemented; the lint hint suggests a list or an __aiter__ class
