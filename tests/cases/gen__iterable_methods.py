def gen(items):
    for x in items:
        yield x


lst = [0]
lst.extend(gen([1, 2]))
print(lst)
lst += gen([3, 4])
print(lst)
lst[1:3] = gen("ab")
print(lst)
s = {0}
s.update(gen([1, 2]))
print(sorted(s), sorted(s.union(gen([9]))), s.issuperset(gen([1, 2])))
d = {}
d.update(gen([("k", 1), ("j", 2)]))
print(d)
print(dict.fromkeys(gen("xyz"), 0))
print(",".join(gen("abc")), b"-".join(gen([b"a", b"b"])))
print("{} and {}".format(*gen(["this", "that"])))
print(sum(gen([[1], [2]]), []))
try:
    reversed(gen([1, 2]))
except TypeError as e:
    print("TypeError:", e)
