# a function called by map, filter, iter(f, sentinel) or itertools' starmap, takewhile, dropwhile and
# filterfalse that raises StopIteration ends that iterator (CPython's are C iterators), rather than
# becoming "RuntimeError: generator raised StopIteration" (found by fuzzing)
import itertools


def source():
    yield 0


it = source()
print(list(map(lambda x: next(it), [0, 0, 0])))
it = source()
print(list(map(lambda a, b: next(it) + a + b, [1, 2, 3], [4, 5, 6])))
it = source()
print(list(filter(lambda x: next(it) == 0, [7, 8, 9])))
it = source()
print(list(iter(lambda: next(it), 99)))
it = source()
print(list(itertools.starmap(lambda a: next(it) + a, [(1,), (2,)])))
it = source()
print(list(itertools.takewhile(lambda x: next(it) == 0, [5, 6])))
it = source()
print(list(itertools.dropwhile(lambda x: next(it) != 0, [5, 6, 7])))
it = source()
print(list(itertools.filterfalse(lambda x: next(it), [5, 6])))
for x in map(lambda v: next(iter([])) if v > 1 else v, range(5)):
    print("for", x)
total = sum(map(lambda v: v if v < 3 else next(iter(())), range(10)))
print(total)


def gen():
    yield from map(lambda v: next(iter([])) if v else v, [0, 1, 2])
    yield "after"


print(list(gen()))
