async def fetch(url):
    return url

# monty-expect-error: SyntaxError: async functions are not supported yet
# monty-why: no event loop in the sandbox; async functions are refused at compile time
