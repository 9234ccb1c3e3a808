class Base(Exception):
    pass


class NetError(Base):
    pass


class Timeout(NetError):
    pass


class DiskError(Base):
    pass


class Both(NetError, DiskError):
    pass


def trigger(cls):
    try:
        raise cls(cls.__name__.lower())
    except Timeout as e:
        return "Timeout handler: " + str(e)
    except DiskError as e:
        return "DiskError handler: " + str(e)
    except NetError as e:
        return "NetError handler: " + str(e)
    except Base as e:
        return "Base handler: " + str(e)


for cls in (Base, NetError, Timeout, DiskError, Both):
    print(cls.__name__, "->", trigger(cls))

print([c.__name__ for c in Both.__mro__])

# user exceptions deriving from builtin ones are caught by the builtin handlers
class MyKey(KeyError):
    pass


class MyIndex(IndexError):
    pass


for cls in (MyKey, MyIndex):
    try:
        raise cls("x")
    except LookupError as e:
        print("LookupError caught", type(e).__name__, repr(e))

try:
    {}["k"]
except MyKey:
    print("wrong")
except KeyError as e:
    print("a builtin KeyError is not a MyKey:", e)

# uncaught by an unrelated handler, caught further out
def inner():
    try:
        raise Timeout("deep")
    except DiskError:
        print("not here")


try:
    inner()
except Base as e:
    print("outer caught", type(e).__name__, e)

# re-raising a user exception as another
try:
    try:
        raise DiskError("disk")
    except DiskError as e:
        raise NetError("net after " + str(e))
except Base as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
