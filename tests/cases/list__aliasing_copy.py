a = [1, 2, 3]
b = a
c = a[:]
d = a.copy()
e = list(a)
a.append(4)
print(a, b, c, d, e)
print(a is b, a is c, a == b, c == d == e)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
fresh = [[0] for _ in range(3)]
fresh[0].append(1)
print(fresh)
outer = [[1, 2], [3, 4]]
shallow = outer.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
orig = []
res = mutate(orig)
print(orig, res)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2))
print(default_trap(3, []))
print(default_trap(4))
