x = "global x"


class A:
    x = "class x"
    y = x + "!"               # class body sees its own earlier names
    doubled = [x * 2 for x in range(3)]   # the comprehension has its own scope
    first = len(doubled)
    del first

    def method(self):
        return x              # methods see the global, not the class attribute

    def other(self):
        return self.x


print(A.y, A.doubled, A().method(), A().other())
print(hasattr(A, "first"))


def make(n):
    class Local:
        size = n

        def get(self):
            return n * 2      # closure over the enclosing function

    return Local


L3 = make(3)
print(L3.size, L3().get(), make(5)().get())

counter = 0


class Side:
    global counter
    counter += 1
    values = []
    for i in range(3):
        values.append(i * i)


print(counter, Side.values, Side.i)


class Conditional:
    if counter > 0:
        mode = "positive"
    else:
        mode = "other"

    def f(self):
        return "f1"

    def f(self):
        return "f2"           # later definition wins


print(Conditional.mode, Conditional().f())
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
