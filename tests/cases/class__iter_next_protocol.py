class CountDown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountDownIter(self.start)


class CountDownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in CountDown(3):
    print("tick", i)

print(list(CountDown(4)), tuple(CountDown(2)))
it = iter(CountDown(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# the iterable can be iterated again; the iterator cannot
cd = CountDown(2)
print(list(cd), list(cd))
one = CountDownIter(2)
print(list(one), list(one))


# break out of a loop and resume the same iterator
class Naturals:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i


nat = Naturals()
for n in nat:
    if n == 3:
        break
print(next(nat), next(nat))
for n in nat:
    if n > 7:
        break
print(n)


# StopIteration with a value ends a for loop normally
class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only"


for v in Once():
    print(v)
else:
    print("loop else ran")
