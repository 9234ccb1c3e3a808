trace = []


def level3(x):
    trace.append("enter 3")
    if x < 0:
        raise ValueError(f"negative: {x}")
    trace.append("leave 3")
    return x * 2


def level2(x):
    trace.append("enter 2")
    try:
        return level3(x) + 1
    finally:
        trace.append("finally 2")


def level1(x):
    trace.append("enter 1")
    try:
        return level2(x)
    except ValueError as e:
        trace.append("handled in 1")
        return f"error: {e}"


print(level1(5), trace)
trace.clear()
print(level1(-5), trace)

# through a lambda and map: exception escapes the list() call
try:
    print(list(map(lambda v: 10 // v, [5, 2, 0, 1])))
except ZeroDivisionError as e:
    print("from inside map:", e)

# through sorted's key function
try:
    sorted(["a", "bb", None], key=len)
except TypeError as e:
    print("from key function:", e)
