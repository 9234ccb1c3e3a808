def no_return():
    x = 1


def bare_return():
    return


def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return None


def multi():
    return 1, "two", [3]


def conditional_return(x):
    if x > 0:
        return "positive"
    # falls off the end otherwise


print(no_return(), bare_return())
print(early(10), early(0))
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
print(conditional_return(5), conditional_return(-5))


# return inside a while loop exits the function immediately
def count_until(limit):
    n = 0
    while True:
        n += 1
        if n >= limit:
            return n, "done"


print(count_until(4))


# returning a new function
def pick(op):
    if op == "double":
        return lambda v: v * 2
    return lambda v: v


print(pick("double")(21), pick("other")(21))
early(50)
