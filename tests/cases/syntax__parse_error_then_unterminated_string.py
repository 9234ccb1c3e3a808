x = 1 +
print("done)
