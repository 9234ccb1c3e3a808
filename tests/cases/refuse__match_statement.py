command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case _:
        print("unknown")

# monty-expect-error: SyntaxError: 'match' statements are not supported yet
# monty-why: structural pattern matching is not implemented; refused at compile time
