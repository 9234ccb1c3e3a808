def f():
    secret = "inside f"
    return secret


f()
try:
    secret
except NameError as e:
    print("NameError:", e)


# parameters are local and rebinding them does not affect the caller
def rebind(items, n):
    items = items + [99]
    n += 1
    return items, n


orig = [1]
count = 0
print(rebind(orig, count), orig, count)


# but mutating the object is visible
def mutate(items):
    items.append(99)


mutate(orig)
print(orig)


# each call gets fresh locals
def accumulate(v):
    acc = []
    acc.append(v)
    return acc


print(accumulate(1), accumulate(2))

# a function can read a module variable defined after the function
def reader():
    return defined_later


defined_later = "visible at call time"
print(reader())
