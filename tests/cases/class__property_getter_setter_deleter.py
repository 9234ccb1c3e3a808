class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        self.log.append("set")
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(t.log)
t.celsius += 5
print(t.celsius, t.log[-3:])


# property() called directly
class Account:
    def __init__(self):
        self._balance = 0

    def get_balance(self):
        return self._balance

    def set_balance(self, v):
        self._balance = max(0, v)

    balance = property(get_balance, set_balance, None, "the balance")


acct = Account()
acct.balance = 50
print(acct.balance)
acct.balance = -5
print(acct.balance)
print(type(Account.balance).__name__, Account.balance.__doc__)


# properties are inherited and can be overridden
class Base:
    @property
    def name(self):
        return "base"


class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name


print(Base().name, Derived().name)


# a property computed from other attributes
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


r = Rect(3, 4)
print(r.area)
r.w = 10
print(r.area)
