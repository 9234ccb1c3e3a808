def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(list(countdown(5)))
print(list(evens(11)))
for v in countdown(3):
    print("got", v)

# a generator function with no yields reached still makes a generator
def maybe(flag):
    if flag:
        yield "yes"


print(list(maybe(True)), list(maybe(False)))
print([x * x for x in evens(7)])
