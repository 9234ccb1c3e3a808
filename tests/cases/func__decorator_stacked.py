log = []


def trace(label):
    def deco(fn):
        log.append("decorating with " + label)

        def wrapper(*args):
            log.append(label + " before")
            result = fn(*args)
            log.append(label + " after")
            return result
        return wrapper
    return deco


@trace("outer")
@trace("inner")
def compute(x):
    log.append("compute body")
    return x * 2


print(log)
log.clear()
print(compute(21))
for line in log:
    print(line)


def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"


def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"


@bold
@italic
def text(s):
    return s


print(text("hi"))
# equivalent to manual application
print(bold(italic(lambda s: s))("hi"))
print(italic(bold(lambda s: s))("hi"))
