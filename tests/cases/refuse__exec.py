exec("x=1")
print("ran")

# monty-expect-error: NameError: name 'exec' is not defined (exec() is not available in the sandbox)
# monty-why: exec would compile guest code outside the sandbox's compile step; CPython prints ran
