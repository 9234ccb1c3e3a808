import os
print(os.getcwd())

# monty-expect-error: ModuleNotFoundError: No module named 'os'
# monty-why: only `import sys` is provided; CPython would import os and succeed
