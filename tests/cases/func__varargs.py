def total(*nums):
    print("nums is a", type(nums).__name__, nums)
    return sum(nums)


print(total())
print(total(1))
print(total(1, 2, 3))
print(total(*[4, 5], 6, *(7,)))


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))
print(head_tail(*"abc"))
print(head_tail(*range(3), *range(10, 12)))


def fmt(template, *args, sep=", "):
    return template + ": " + sep.join(str(a) for a in args)


print(fmt("values", 1, 2, 3))
print(fmt("values", 1, 2, 3, sep=" | "))

# *args receives everything beyond the named positional params
def f(a, b=10, *args):
    return a, b, args


print(f(1), f(1, 2), f(1, 2, 3, 4))
