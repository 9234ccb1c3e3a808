class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def bump(self):
        # assigning through self creates an instance attribute that shadows the class one
        self.count = self.count + 100


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.bump()
print(Counter.count, a.count, b.count)
Counter.count = 50
print(Counter.count, a.count, b.count)
del a.count
print(a.count)

# a mutable class attribute is shared
a.tags.append("x")
print(b.tags, Counter.tags, a.tags is b.tags)
# rebinding on the instance only affects that instance
a.tags = ["mine"]
print(a.tags, b.tags, Counter.tags)

# class attributes added after creation are visible on existing instances
Counter.kind = "counter"
print(a.kind, b.kind)

# instance __dict__ only holds instance attributes
print(sorted(a.__dict__.items()))
print(sorted(b.__dict__))


class Config:
    debug = False
    level = 1

    def enable(self):
        self.debug = True
        return self


c1 = Config().enable()
c2 = Config()
print(c1.debug, c2.debug, Config.debug)
Config.level = 3
c2.level = 9
print(c1.level, c2.level, Config.level)
