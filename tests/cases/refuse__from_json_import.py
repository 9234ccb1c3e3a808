from json import loads
print(loads("[1, 2]"))

# monty-expect-error: ModuleNotFoundError: No module named 'json'
# monty-why: the json module is not provided in the sandbox; CPython would import it and print [1, 2]
