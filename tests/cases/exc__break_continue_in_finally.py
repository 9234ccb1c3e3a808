# continue in finally (allowed since 3.8)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print("body", i)
    finally:
        print("finally", i)
        continue
print("loop 1 done")

# break in finally discards a pending exception
for i in range(5):
    try:
        raise KeyError(i)
    finally:
        print("breaking out at", i)
        break
print("loop 2 done, i =", i)

# break/continue inside try still run finally
out = []
for i in range(4):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)

# return inside a loop inside try/finally
def find(items, target):
    for pos, item in enumerate(items):
        try:
            if item == target:
                return pos
        finally:
            print("checked", item)
    return -1


print(find("abc", "b"))
