x = [1, 2]
del 5
print(x)
