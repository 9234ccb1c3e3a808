log = []


class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"M({self.v})"

    def __add__(self, o):
        log.append("add")
        return M(self.v + (o.v if isinstance(o, M) else o))

    def __radd__(self, o):
        log.append("radd")
        return M(o + self.v)


print(sum([M(1), M(2)]))
print(log)
log.clear()
print(sum([M(1)], 100), sum([], M(7)), sum([M(1), 2, M(3)], M(0)))
print(log)
print(sum(M(i) for i in range(5)))


class NoAdd:
    pass


try:
    sum([NoAdd()])
except TypeError as e:
    print(type(e).__name__, e)

try:
    sum([1, NoAdd()])
except TypeError as e:
    print(type(e).__name__, e)
