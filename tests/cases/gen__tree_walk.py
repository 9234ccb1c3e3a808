tree = ("root", [
    ("a", [("a1", []), ("a2", [("a2x", [])])]),
    ("b", []),
    ("c", [("c1", [])]),
])


def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from preorder(child, depth + 1)


def postorder(node):
    name, children = node
    for child in children:
        yield from postorder(child)
    yield name


def leaves(node):
    name, children = node
    if not children:
        yield name
        return 1
    count = 0
    for child in children:
        count += yield from leaves(child)
    return count


for depth, name in preorder(tree):
    print("  " * depth + name)
print(list(postorder(tree)))

def count_leaves(node):
    n = yield from leaves(node)
    yield f"{n} leaves"


print(list(count_leaves(tree)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6]]])))
