from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p == Point(1, 2), hash(p) == hash((1, 2)))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p) is Point, Point.__name__)
print(Point._fields, Point._field_defaults, Point(x=3, y=4), Point(5, y=6))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
P4 = namedtuple("P4", "a, b,c")
print(P4._fields, P4(*range(3)))
q = Point._make([7, 8])
print(q, q._asdict(), type(q._asdict()).__name__)
r = q._replace(y=80)
print(r, q, r is not q)
print(p + (3,), p * 2, p.count(1), p.index(2), 2 in p, sorted([Point(2, 1), Point(1, 9)]))
print(repr(Point(x="s", y=[1])), str(Point(0.5, None)), f"{p}", "%s" % (p,))
print(Point.x.__doc__, Point.__doc__)
R = namedtuple("R", ["ok", "def", "ok", "_x", "1a"], rename=True)
print(R._fields)
R2 = namedtuple("R2", "a b", rename=True)
print(R2._fields)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
for args, kwargs in (
    (("P", "x x"), {}),
    (("P", "x _y"), {}),
    (("P", "x def"), {}),
    (("P", "x 1y"), {}),
    (("1P", "x"), {}),
    (("class", "x"), {}),
    (("P", "x-y"), {}),
    (("P", "a b"), {"defaults": [1, 2, 3]}),
    (("P", ["a", 5]), {}),
):
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, 2, x=3),
            lambda: Point._make([1]), lambda: p._replace(z=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.zz
except AttributeError as e:
    print("AttributeError", e)
try:
    p[2]
except IndexError as e:
    print("IndexError", e)
d = {p: "point"}
print(d[(1, 2)], d[Point(1, 2)])
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=lambda t: t.y), max(pts), min(pts, key=lambda t: t[1]).x)
print([pt.x + pt.y for pt in pts], dict(Point(1, 2)._asdict()), tuple(p), list(reversed(p)))
Employee = namedtuple("Employee", "name dept salary", defaults=[0])
staff = [Employee("ann", "eng", 100), Employee("bob", "ops"), Employee._make(["cy", "eng", 50])]
print(staff)
print(sum(e.salary for e in staff), [e.name for e in staff if e.dept == "eng"])
