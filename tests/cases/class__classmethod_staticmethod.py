class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def count(cls):
        return cls.__name__ + ":" + str(cls.created)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def leap(self):
        return self.is_leap(self.y)

    def show(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


class BizDate(Date):
    pass


d = Date.from_string("2024-2-9")
print(type(d).__name__, d.show(), d.leap())
b = BizDate.from_string("1900-12-31")
print(type(b).__name__, b.show(), b.leap())
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2023))
print(Date.count(), BizDate.count(), d.count())

# calling through the instance passes the class
print(b.from_string("2001-01-01").show(), type(b.from_string("2001-01-01")).__name__)

# classmethod/staticmethod objects
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
sm = Date.is_leap
print(sm(2400))


# wrapping plain functions by hand
def helper(x):
    return x * 3


def build(cls):
    return cls.__name__ + "!"


class Tools:
    triple = staticmethod(helper)
    make = classmethod(build)


print(Tools.triple(4), Tools().triple(5), Tools.make(), Tools().make())

try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)

try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
