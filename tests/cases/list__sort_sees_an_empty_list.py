# during list.sort the list is empty: a key function (or a guest __lt__) that looks at it sees [], a failing
# key leaves the list as it was, and changing the list during the sort is a ValueError once it is done
v = [0]
try:
    v.sort(key=lambda k: min(v))
except ValueError as e:
    print("ValueError:", e, v)
seen = []
w = [3, 1, 2]
w.sort(key=lambda x: (seen.append(len(w)), x)[1])
print(w, seen)
w = [3, 1, 2]
try:
    w.sort(key=lambda x: 1 / 0)
except ZeroDivisionError:
    print("key failed", w)
w = [3, 1, 2]
try:
    w.sort(key=lambda x: (w.append(9), x)[1])
except ValueError as e:
    print("ValueError:", e, w)


class Item:
    def __init__(self, n, box):
        self.n = n
        self.box = box

    def __lt__(self, other):
        self.box.append(len(items))
        return self.n < other.n

    def __repr__(self):
        return f"Item({self.n})"


box = []
items = [Item(2, box), Item(1, box), Item(3, box)]
items.sort()
print(items, set(box))
items.sort(key=lambda it: -it.n, reverse=True)
print(items, sorted([3, 1, 2], key=lambda x: -x))
