class Card:
    order = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def value(self):
        return self.order.index(self.rank)

    def __lt__(self, other):
        return self.value() < other.value()

    def __eq__(self, other):
        return self.value() == other.value()

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Ks", "3d", "Ah", "3c", "Ts"]]
print(sorted(hand))
print(sorted(hand, reverse=True))  # stable: equal ranks keep their order
print(min(hand), max(hand))
print(sorted(hand, key=lambda c: c.suit))
print(sorted(hand, key=lambda c: (c.suit, c)))
print(max(hand, key=lambda c: c.suit), min(hand, key=Card.value))
hand.sort()
print(hand)
hand.sort(key=repr, reverse=True)
print(hand)
print(max(Card("2h"), Card("9c"), Card("5s")), min(Card("9c"), Card("5s")))
print(sorted([Card("4h")]), sorted([]))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __gt__(self, other):
        return self.parts > other.parts

    def __repr__(self):
        return "v" + self.s


vs = [Version("1.10"), Version("1.2"), Version("1.9.1"), Version("0.99")]
# only __gt__: sort uses `<`, which falls back to the reflected `>`
print(sorted(vs), max(vs), min(vs))


class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"{self.name}({self.age})"


people = [Person("bo", 30), Person("al", 25), Person("cy", 30)]
print(sorted(people, key=lambda p: p.age))
print(sorted(people, key=lambda p: (-p.age, p.name)))
print(max(people, key=lambda p: p.age), min(people, key=lambda p: p.name))
try:
    sorted(people)
except TypeError as e:
    print(type(e).__name__, e)
