class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), [v * 10 for v in t])


print(sum(t), max(t))


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        return iter((self.a, self.b))


def flatten(pairs):
    for p in pairs:
        yield from p


print(list(flatten([Pair(1, 2), Pair(3, 4)])))


def delegate():
    result = yield from Pair("x", "y")
    print("  yield from returned", result)


print(list(delegate()))
