def configure(a, *):
    return a


print(configure(1))
