def outer():
    def inner():
        return x

    try:
        inner()
    except NameError as e:
        print("before assignment:", type(e).__name__, "-", e)
    x = 10
    print("after assignment:", inner())
    del x
    try:
        inner()
    except NameError as e:
        print("after del:", type(e).__name__, "-", e)


outer()


def counter_bug():
    def bump():
        nonlocal total
        total += 1
    bump()
    total = 0


print("now calling counter_bug")
counter_bug()
