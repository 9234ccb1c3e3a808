class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount == other.amount and self.cur == other.cur

    def __hash__(self):
        return hash((self.amount, 1))


m1, m2, m3 = Money(5, "EUR"), Money(5, "EUR"), Money(7, "EUR")
print(m1 == m2, m1 == m3, m1 != m2, m1 != m3)
print(m1 == 5, 5 == m1, m1 != "x", "x" != m1)
print(m1 is m2, m1 in [m3, m2], m1 not in [m3])
print([m1, m3] == [m2, m3], (m1,) == (m3,))
print({"k": m1} == {"k": m2})
print([m1, m2, m3].count(m2), [m3, m1].index(m2))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
print(p in [q], p in [q, p])


class AlwaysEq:
    def __eq__(self, other):
        return True

    __hash__ = None


print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 1, "s" != AlwaysEq())


class OnlyNe:
    def __ne__(self, other):
        return "custom ne"


print(OnlyNe() != 1, OnlyNe() == OnlyNe())


class WeirdEq:
    def __eq__(self, other):
        return "truthy string"


print(WeirdEq() == 1, WeirdEq() != 1)
print(1 == WeirdEq(), 1 != WeirdEq())


class Count:
    calls = []

    def __eq__(self, other):
        Count.calls.append("eq")
        return NotImplemented


print(Count() == Count(), Count() != Count(), Count.calls)
