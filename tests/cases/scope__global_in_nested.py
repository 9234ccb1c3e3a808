level = "module"


def outer():
    level = "outer-local"

    def inner():
        global level
        level = "set by inner"
        return level

    r = inner()
    return r, level


print(outer())
print(level)


# a global declaration applies to the whole function
def toggle():
    global flag
    if "flag" in module_names:
        flag = not flag
    else:
        flag = True
    module_names.add("flag")
    return flag


module_names = set()
print(toggle(), toggle(), toggle(), flag)


# reading a global that is reassigned later in module
def read_late():
    return late_value


late_value = 1
print(read_late())
late_value = 2
print(read_late())
