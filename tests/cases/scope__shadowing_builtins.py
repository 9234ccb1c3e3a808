print(len("abc"), max(3, 7))

# shadowing a builtin at module level
len = lambda obj: "shadowed len"
print(len("abc"))
del len
print(len("abc"))


def local_shadow():
    max = "not a function"
    try:
        return max(1, 2)
    except TypeError as e:
        return "TypeError: " + str(e)


print(local_shadow())
print(max(1, 2))

# a parameter named like a builtin
def describe(list, str=", "):
    return str.join(list)


print(describe(["a", "b"]))
print(list(range(3)), str(5))

# shadowing inside a comprehension variable
print([sum for sum in range(3)])
print(sum([1, 2, 3]))

# shadowing an exception name
ValueError = KeyError
try:
    raise ValueError("shadowed")
except KeyError as e:
    print("caught KeyError:", repr(e))
del ValueError
try:
    int("x")
except ValueError as e:
    print("real ValueError:", e)
