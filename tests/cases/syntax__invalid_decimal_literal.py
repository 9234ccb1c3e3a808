n = 1_000_
print(n)
