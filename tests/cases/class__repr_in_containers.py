class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item<{self.name}>"

    def __str__(self):
        return f"item {self.name}"


a, b = Item("a"), Item("b")
print([a, b])
print((a,), (a, b))
print({"k": a, "j": [b]})
print({1: (a, [b, {2: a}])})
print(str([a]), repr([a]))
print(f"{[a, b]}")
print(f"{(a, 1)!s}")
nested = [[a], [b, [a]]]
print(nested)
print(str(nested) == repr(nested))
print(sorted([repr(x) for x in [b, a]]))
print({a: 1} == {a: 1})
print(list(map(repr, [a, b])))
print([str(a)], [repr(a)])
print(", ".join(map(str, (a, b))))
print({"x": {"y": [a]}})
s = {a}
print(s)
print(frozenset([b]))
print(type(a).__name__, [type(a)])
