def work():
    with resource() as r:
        return r

# monty-expect-error: SyntaxError: 'with' statements are not supported yet
# monty-why: context managers need classes, which the sandbox does not implement; refused at compile time
