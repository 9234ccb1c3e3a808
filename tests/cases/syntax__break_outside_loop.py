def check(x):
    if x > 3:
        break
    return x


print(check(1))
