total = 10


def add_to_total(n):
    # the assignment below makes `total` local for the whole function
    total = total + n
    return total


try:
    add_to_total(5)
except UnboundLocalError as e:
    print(type(e).__name__, "-", e)
    print("is a NameError:", isinstance(e, NameError))


def conditional(flag):
    if flag:
        value = "set"
    return value


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, "-", e)


def loop_never_runs():
    for item in []:
        pass
    return item


try:
    loop_never_runs()
except UnboundLocalError as e:
    print(type(e).__name__, "-", e)


def augmented():
    total += 1


try:
    augmented()
except NameError as e:
    print(type(e).__name__, "-", e)
