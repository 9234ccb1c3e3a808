from operator import attrgetter, itemgetter, methodcaller


class Point:
    def __init__(self, x, y, label):
        self.x, self.y, self.label = x, y, label
        self.meta = {"k": 1}

    def scaled(self, factor, offset=0):
        return Point(self.x * factor + offset, self.y * factor + offset, self.label)

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.label)


class Holder:
    def __init__(self, point):
        self.point = point


points = [Point(3, 1, "c"), Point(1, 2, "a"), Point(2, 0, "b")]
print(sorted(points, key=attrgetter("x")), sorted(points, key=attrgetter("y", "x")))
print(attrgetter("point.label")(Holder(points[0])), attrgetter("x", "point.y")(Holder(points[1])) if False else "-")
rows = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), itemgetter(0, 2)(rows[0]))
print(list(map(itemgetter("name"), [{"name": "x"}, {"name": "y"}])), itemgetter(slice(1, 3))("abcd"), itemgetter(-1)([1, 2, 3]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("scaled", 2, offset=1)(points[1]))
print(methodcaller("replace", "a", "o", 1)("banana"), list(map(methodcaller("strip"), [" a ", "b "])))
print(itemgetter(1), itemgetter(1, "a"), attrgetter("a"), attrgetter("a", "b.c"), methodcaller("f", 1, k="v"), methodcaller("f"))
for call in [lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2), lambda: itemgetter(1)(x=1),
             lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("a")(1), lambda: attrgetter("a", x=1),
             lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller("x")(1), lambda: itemgetter(1)(5),
             lambda: attrgetter("a.b")(1), lambda: methodcaller("upper", 1)("a"), lambda: itemgetter(5)([1])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
