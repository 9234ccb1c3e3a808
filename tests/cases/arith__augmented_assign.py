# Augmented assignment for every arithmetic and bitwise operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11; print(x)
x /= 4; print(x, type(x).__name__)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t += (2, 3); print(t)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2, tup is tup2)
lst *= 2; print(alias)
d = {"k": 1}
d["k"] += 10
print(d)
arr = [1, 2, 3]
i = 0
arr[i] *= 100
arr[-1] -= 1
print(arr)
n = 2**64
n += 1
print(n)
