s = {1, 2}
print(s.add(3), s)
s.add(3)
print(s, len(s))
print(s.remove(1), s)
print(s.discard(99), s.discard(2), s)
s.update([4, 5], (6,), range(7, 8))
print(s)
print(s.pop() in {3, 4, 5, 6, 7}, len(s))
c = s.copy()
c.add(0)
print(sorted(s), sorted(c), c is s)
s.clear()
print(s, len(s), bool(s))
x = {1, 2, 3}
print(x.union([4], (5,)), x.intersection([2, 3, 9], {3}), x.difference([1], [2]))
print(x.symmetric_difference([3, 4]), x)
print(x.issubset([1, 2, 3, 4]), x.issuperset([1]), x.isdisjoint([7, 8]), x.isdisjoint({3}))
print(x.union(), x.intersection(), x.difference())
for name in ["add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
             "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
             "symmetric_difference", "symmetric_difference_update", "union", "update"]:
    if not hasattr(x, name):
        print("missing", name)
print(hasattr(x, "append"), hasattr(x, "sort"))
