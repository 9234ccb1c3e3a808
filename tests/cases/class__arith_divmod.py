class Q:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Q({self.v})"

    def __divmod__(self, k):
        return (Q(self.v // k), Q(self.v % k))

    def __rdivmod__(self, n):
        return ("rdivmod", n, self.v)


print(divmod(Q(17), 5))
print(divmod(17, Q(5)))


class Plain:
    pass


for args in [(Plain(), 2), (2, Plain())]:
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__, e)
