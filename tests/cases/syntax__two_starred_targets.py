data = range(10)
first, *middle, *tail = data
print(first)
