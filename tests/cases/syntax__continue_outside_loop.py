items = [1, 2, 3]
if items:
    continue
print(items)
