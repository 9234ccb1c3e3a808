result = eval("1")
print(result)

# monty-expect-error: NameError: name 'eval' is not defined (eval() is not available in the sandbox)
# monty-why: eval would compile guest code outside the sandbox's compile step; CPython prints 1
