def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3, 4), "ab", range(5, 7))))
print(list(chain()))
print(list(chain({"k": 1, "j": 2})))

def flatten_once(items):
    for item in items:
        if isinstance(item, list):
            yield from item
        else:
            yield item


print(list(flatten_once([1, [2, 3], 4, [], [5]])))

def from_string(s):
    yield from s.split()
    yield "END"


print(list(from_string("alpha beta gamma")))
