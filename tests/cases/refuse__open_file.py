print("reading")
data = open("x").read()
print(data)

# monty-expect-stdout: reading
# monty-expect-error: NameError: name 'open' is not defined (file access is not available in the sandbox)
# monty-why: no file access in the sandbox; CPython would raise FileNotFoundError (or read the file)
