# rebinding the loop variable does not change iteration
for i in range(5):
    print("i =", i, end=" ")
    i = i * 100
print("\nafter loop:", i)

# the range is evaluated once
n = 3
for i in range(n):
    n += 10
print("n =", n)

# appending to a list while iterating does see the new items
items = [1, 2, 3]
for v in items:
    if v < 3:
        items.append(v + 10)
print(items)

# iterating over a copy while removing from the original
nums = [1, 2, 3, 4, 5, 6]
for v in nums[:]:
    if v % 2 == 0:
        nums.remove(v)
print(nums)

# removing while iterating the same list skips elements
nums = [2, 4, 6, 7]
for v in nums:
    if v % 2 == 0:
        nums.remove(v)
print(nums)
