# a break, continue or return in a finally body drops the value of the return that ran the body
def f3():
    n = 0
    for x in 'abc':
        try:
            try:
                raise KeyError(x)
            except KeyError:
                return n
            finally:
                n += 1
                continue
        finally:
            n += 10
    return ("done", n)


def f4():
    out = []
    for x in range(3):
        try:
            return x
        finally:
            out.append(x)
            if x < 2:
                continue
    return out


def f5():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"


print(f3(), f4(), f5())


def f6():
    try:
        return 1
    finally:
        return 2


def f7():
    for i in range(3):
        try:
            for j in range(2):
                try:
                    return (i, j)
                finally:
                    if j == 0:
                        continue
        finally:
            if i < 2:
                continue
    return "loops ended"


print(f6(), f7())
