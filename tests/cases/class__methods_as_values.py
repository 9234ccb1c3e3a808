class Greeter:
    greeting = "hello"

    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        return f"{self.greeting}, {self.name}{punct}"


g = Greeter("ann")
h = Greeter("bob")
bound = g.greet
print(bound())
print(bound("?"))
print(Greeter.greet(h))
print(list(map(Greeter.greet, [g, h])))
print(sorted([h, g], key=lambda o: o.name)[0].name)

# storing a plain function as an instance attribute does not bind it
def shout(text):
    return text.upper()

g.transform = shout
print(g.transform("quiet"))

# a function assigned on the class later becomes a method
def farewell(self):
    return "bye " + self.name

Greeter.farewell = farewell
print(g.farewell(), h.farewell())

# a method calling another method
class Stack:
    def __init__(self):
        self.items = []

    def push(self, *xs):
        for x in xs:
            self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)

    def drain(self):
        out = []
        while self.size():
            out.append(self.pop())
        return out


s = Stack().push(1, 2).push(3)
print(s.size(), s.drain(), s.size())
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
