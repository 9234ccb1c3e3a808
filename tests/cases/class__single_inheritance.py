class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs; {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, can_fly=True):
        Animal.__init__(self, name)
        self.can_fly = can_fly

    def speak(self):
        base = Animal.speak(self)
        return base + (" and flies" if self.can_fly else " and walks")


class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)


for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Penguin("pingu")]:
    print(type(a).__name__, "|", a.describe())

print(Penguin.__bases__ == (Bird,), Bird.__bases__ == (Animal,))
print([c.__name__ for c in Penguin.__mro__])
print(Dog.legs, Penguin.legs, Penguin.sound)

# overriding a class attribute in the subclass does not change the base
Dog.legs = 3
print(Dog.legs, Animal.legs, Bird.legs)

# attributes added to the base are inherited dynamically
Animal.kingdom = "animalia"
print(Penguin("p").kingdom)


class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())
