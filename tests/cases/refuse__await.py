def main():
    value = await compute()
    return value

# monty-expect-error: SyntaxError: 'await' is not supported yet
# monty-why: CPython says "'await' outside async function"; monty_peg refuses await itself before that check
