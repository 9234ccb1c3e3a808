def level1():
    x = "L1"
    trace = []

    def level2():
        def level3():
            nonlocal x
            trace.append("level3 sees " + x)
            x = "set by L3"
        level3()
        trace.append("level2 sees " + x)

    level2()
    trace.append("level1 sees " + x)
    return trace


for line in level1():
    print(line)


# nonlocal binds to the nearest enclosing function scope that has the name
def a():
    v = "a"

    def b():
        v = "b"

        def c():
            nonlocal v
            v = "changed by c"
        c()
        return v
    return b(), v


print(a())


# globals are not affected by nonlocal
v = "global"


def g():
    v = "local-g"

    def h():
        nonlocal v
        v += "!"
    h()
    return v


print(g(), v)
