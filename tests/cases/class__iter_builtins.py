class Range3:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        i = self.a
        while i < self.b:
            yield i
            i += 1


r = Range3(1, 5)
print(list(r), sum(r), sum(r, 10), max(r), min(r))
print(sorted(r, reverse=True), list(reversed(list(r))))
print(list(zip(r, "abcd")), list(zip(Range3(0, 2), Range3(5, 9))))
print(list(enumerate(r, 1)))
print(dict(zip(Range3(0, 3), Range3(10, 13))))
print(set(Range3(0, 3)) == {0, 1, 2}, tuple(r), "-".join(str(x) for x in r))
print(list(map(lambda x: x * x, r)), list(filter(lambda x: x % 2, r)))
print(any(x > 3 for x in r), all(x > 0 for x in r))
print(3 in r, 9 in r)
print(sorted(Range3(0, 3)) + list(Range3(3, 4)))
lst = [0]
lst.extend(Range3(1, 3))
print(lst)
print(len(list(Range3(0, 100))))
print({x: x * 2 for x in Range3(0, 3)})
print(max(Range3(0, 0), default="empty"))


class NotIterable:
    pass


for attempt in (lambda: list(NotIterable()), lambda: iter(NotIterable()), lambda: sum(NotIterable())):
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)

try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class NoNext:
    pass


try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
