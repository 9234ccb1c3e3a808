import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (3, "b")])))
stream = heapq.merge(iter([1, 3]), (x * 2 for x in range(3)))
print(next(stream), list(stream))
words = ["apple", "fig", "kiwi", "banana", "date", "plum", "pear"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words)))
print(heapq.nlargest(1, words), heapq.nsmallest(1, []), heapq.nlargest(10, [3, 1, 2]), heapq.nlargest(0, [1]), heapq.nsmallest(-1, [1]))
print(heapq.nlargest(2, [(1, "a"), (3, "b"), (3, "c"), (2, "d")], key=lambda t: t[0]))
print(heapq.nsmallest(3, {"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: kv[1]))
try:
    list(heapq.merge(1))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.nlargest("a", [1])
except TypeError as e:
    print("TypeError:", e)
