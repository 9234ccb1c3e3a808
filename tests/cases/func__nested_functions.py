def outer(n):
    def helper(k):
        return k * n

    def other():
        return helper(10) + 1

    return [helper(i) for i in range(3)], other()


print(outer(2))
print(outer(5))


# each call creates a new inner function
def make():
    def inner():
        return "inner"
    return inner


f1 = make()
f2 = make()
print(f1 is f2, f1(), f2())


# inner function defined conditionally
def chooser(flag):
    if flag:
        def impl(x):
            return x.upper()
    else:
        def impl(x):
            return x.lower()
    return impl("MiXeD")


print(chooser(True), chooser(False))


# inner recursion
def count_nodes(tree):
    def walk(node):
        return 1 + sum(walk(child) for child in node.get("children", []))
    return walk(tree)


print(count_nodes({"children": [{"children": [{}, {}]}, {}]}))
