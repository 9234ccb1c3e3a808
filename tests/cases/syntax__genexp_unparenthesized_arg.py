values = [3, 1, 2]
print(sorted(x for x in values, reverse=True))
