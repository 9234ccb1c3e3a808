def override():
    try:
        return "from try"
    finally:
        return "from finally"


def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 100  # does not change the already-evaluated return value
        print("finally ran, x =", x)


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except-return")


def return_mutable():
    data = []
    try:
        return data
    finally:
        data.append("added in finally")


print(override())
print(finally_sees_value())
print(swallow())
print(except_return())
print(return_mutable())
