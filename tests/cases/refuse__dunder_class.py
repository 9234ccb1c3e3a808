print("start")
cls = (1).__class__
print(cls)

# monty-expect-stdout: start
# monty-expect-error: AttributeError: 'int' object has no attribute '__class__'
# monty-why: dunder attributes of data types are hidden so the guest cannot reach the host's type objects
