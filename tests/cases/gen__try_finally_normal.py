def guarded(items):
    print("setup")
    try:
        for x in items:
            yield x
    finally:
        print("cleanup")
    print("after finally")


for v in guarded([1, 2]):
    print("value", v)
print(list(guarded([])))

def with_except(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            print("skipping zero")
            yield None
        finally:
            print("done with", x)


print(list(with_except([5, 0, 2])))

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
        yield "between"
    finally:
        print("outer finally")


print(list(nested()))

def return_in_try():
    try:
        yield 1
        return "ret"
    finally:
        print("finally runs on return")


def delegate():
    r = yield from return_in_try()
    yield r


print(list(delegate()))
