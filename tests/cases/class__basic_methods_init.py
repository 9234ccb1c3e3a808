class Point:
    """A 2-D point."""

    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def as_tuple(self):
        return (self.x, self.y)


p = Point(3, -4)
print(p.x, p.y, p.norm1())
q = p.moved(1, 1)
print(q.as_tuple(), p.as_tuple())
print(Point(5).as_tuple())
print(Point(y=7, x=1).as_tuple())
print(p.dims, Point.dims)
print(Point.__name__, Point.__doc__)
print(type(p) is Point, type(p).__name__)

# calling through the class with an explicit self
print(Point.norm1(q))
print(Point.moved(p, 10).as_tuple())

# a bound method is a value
m = p.norm1
print(m())
movers = [p.moved, q.moved]
print([f(1).as_tuple() for f in movers])


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e).__name__)
p.as_tuple()
