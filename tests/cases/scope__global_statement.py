counter = 0
config = {"debug": False}


def bump():
    global counter
    counter += 1
    return counter


def read_only():
    # reading a global needs no declaration
    return counter * 10


def mutate_config():
    # mutating a global object needs no declaration either
    config["debug"] = True


def shadow():
    counter = "local"
    return counter


print(bump(), bump(), read_only())
mutate_config()
print(config)
print(shadow(), counter)


def create_new_global():
    global brand_new
    brand_new = "created inside a function"


try:
    print(brand_new)
except NameError as e:
    print("before:", e)
create_new_global()
print("after:", brand_new)


def multi():
    global counter, config
    counter, config = -1, None


multi()
print(counter, config)
