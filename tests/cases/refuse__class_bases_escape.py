bases = ().__class__.__bases__
print(bases)

# monty-expect-error: AttributeError: 'tuple' object has no attribute '__class__'
# monty-why: the classic sandbox escape ().__class__.__bases__[0].__subclasses__() must stop at the first step
