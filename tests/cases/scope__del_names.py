a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)

# del of list items / dict keys / slices
del b[0]
print(b)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
nums = list(range(10))
del nums[::3]
print(nums)


def del_local():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(del_local())

# deleting something missing
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

# del multiple targets
p, q, r = 1, 2, 3
del p, q
print(r)
