def add_greeting(cls):
    cls.greeting = "hello"

    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"

    cls.greet = greet
    return cls


registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco


def count_instances(cls):
    cls.instances = 0
    return cls


@add_greeting
class Plain:
    pass


print(Plain.greeting, Plain().greet())


@register("point")
@count_instances
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        type(self).instances += 1


p1 = Point(1, 2)
p2 = Point(3, y=4)
print(Point.instances, Point.registered_as, registry["point"] is Point, p2.y)
print(sorted(registry))


# a decorator may replace the class entirely
def replace(cls):
    return "replaced " + cls.__name__


@replace
class Gone:
    pass


print(Gone)


# decorated methods inside a class
def traced(fn):
    def wrapper(*args):
        result = fn(*args)
        print("  call", fn.__name__, len(args), "->", result)
        return result
    return wrapper


class Calc:
    @traced
    def add(self, a, b):
        return a + b

    @staticmethod
    @traced
    def mul(a, b):
        return a * b


Calc().add(2, 3)
print(Calc.mul(4, 5), Calc().mul(2, 2))
