count = 3
items = 4
total = count items
print(total)
