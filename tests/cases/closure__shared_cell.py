def make_pair():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


get, set_ = make_pair()
print(get())
set_(42)
print(get())
set_("text")
print(get())

get2, set2 = make_pair()
print(get2(), get())


# a variable captured by a closure and rebound by the enclosing function later
def outer():
    msg = "first"

    def show():
        return msg
    before = show()
    msg = "second"
    after = show()
    return before, after


print(outer())


# a closure defined before the variable is assigned sees it once assigned
def later():
    def read():
        return x * 2
    x = 21
    return read()


print(later())
