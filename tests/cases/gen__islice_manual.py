def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    index = 0
    nexti = start
    for value in it:
        if index >= stop:
            return
        if index == nexti:
            yield value
            nexti += step
        index += 1


def count(start=0, step=1):
    while True:
        yield start
        start += step


print(list(islice(count(), 2, 10, 3)))
print(list(islice(count(10, -2), 0, 5)))
print(list(islice("abcdefg", 1, 6, 2)))
print(list(islice([], 0, 3)))

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved


print(list(islice(cycle("xyz"), 0, 8)))
print(list(zip("abcd", count(1))))
