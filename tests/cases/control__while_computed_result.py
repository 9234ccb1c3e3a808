# binary search with while, the result is the final expression value
def bsearch(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(seq) and seq[lo] == target else -1


data = [1, 4, 4, 9, 12, 15, 21]
for t in (1, 4, 9, 21, 5, 100, 0):
    print(t, bsearch(data, t))

# gcd via while and tuple assignment
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)

[bsearch(data, t) for t in (12, 13)]
