a = [5, 2, 9, 1, 5, 6]
r = a.sort()
print(a, r)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort(key=lambda p: (-p[0], p[1]))
print(pairs)
nums = [-3, 1, -2, 4]
nums.sort(key=abs)
print(nums)
try:
    nums.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
nums.sort(key=None)
print(nums)
floats = [2.5, 1, True, 0.0, -1]
floats.sort()
print(floats)
