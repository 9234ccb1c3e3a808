def until_negative(items):
    for x in items:
        if x < 0:
            return
        yield x
    print("loop finished without negative")


print(list(until_negative([1, 2, -1, 5])))
print(list(until_negative([1, 2])))

def early(flag):
    yield "first"
    if flag:
        return "stopped early"
    yield "second"
    return "ran fully"


print(list(early(True)), list(early(False)))

def collect(flag):
    value = yield from early(flag)
    yield value


print(list(collect(True)), list(collect(False)))

def bare():
    return
    yield "never"


print(list(bare()), type(bare()).__name__)
