# while ... else: the else runs only when the loop ends without break
def find_first_multiple(limit, k):
    i = 1
    while i <= limit:
        if i % k == 0:
            print("found", i)
            break
        i += 1
    else:
        print("no multiple of", k, "up to", limit)
    return i


print(find_first_multiple(10, 4))
print(find_first_multiple(10, 11))

# else runs when the condition is false from the start
n = 0
while n > 0:
    print("never")
else:
    print("else on empty while")

# continue does not skip the else
count = 0
while count < 5:
    count += 1
    if count % 2 == 0:
        continue
    print("odd count", count)
else:
    print("finished with count", count)
