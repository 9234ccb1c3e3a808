def g():
    yield 1


gen = g()
print(type(gen).__name__)
print(type(x for x in []).__name__)
print(type(g).__name__)
print(isinstance(gen, type(g())))
print(iter(gen) is gen)
print(callable(gen), callable(g))
print(bool(gen))
print(g.__name__)
print(type(gen).__name__ == type((i for i in ())).__name__)
