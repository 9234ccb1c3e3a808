x = 4
label = "big" if x > 3
print(label)
