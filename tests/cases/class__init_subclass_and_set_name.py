class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class PrettyJson(Json, name="pretty"):
    pass


print(Plugin.registry, Csv.plugin_name, Json.plugin_name, PrettyJson.plugin_name)
try:
    class Strict(x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Loose(Plugin, name="loose", extra=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name


class Model:
    title = Field()
    body = Field()


print(Model.title.name, Model.body.private)


class Base:
    def __init_subclass__(cls):
        print("subclass of Base:", cls.__name__)


class Child(Base):
    pass


class GrandChild(Child):
    pass


class Reversible:
    def __init__(self, items):
        self.items = items

    def __reversed__(self):
        return iter(self.items[::-1])


print(list(reversed(Reversible([1, 2, 3]))))
print(object.__init_subclass__())
