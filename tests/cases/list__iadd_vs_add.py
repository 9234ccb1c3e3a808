a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
b = [1]
alias_b = b
b += (2, 3)
b += "xy"
b += range(2)
print(b, alias_b is b)
try:
    b = b + (5,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + "z"
except TypeError as e:
    print(type(e).__name__, e)
c = [0]
alias_c = c
c *= 3
print(c, alias_c is c)
c = c * 2
print(c, alias_c)
t = (1, 2)
alias_t = t
t += (3,)
print(t, alias_t, t is alias_t)
x = [[1]]
x[0] += [2]
print(x)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
