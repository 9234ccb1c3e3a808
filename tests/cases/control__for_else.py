def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True


print([n for n in range(30) if is_prime(n)])

# for-else with search
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


search(["a", "b", "c"], "b")
search(["a", "b", "c"], "z")
search([], "z")

# the loop variable keeps its last value after the loop
for k in range(3):
    pass
print("k after loop:", k)

# else runs after a loop that ran to completion with continue
for k in range(4):
    if k < 10:
        continue
    print("unreachable")
else:
    print("else ran, k =", k)
