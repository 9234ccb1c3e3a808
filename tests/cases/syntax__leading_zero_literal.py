mode = 0777
print(mode)
