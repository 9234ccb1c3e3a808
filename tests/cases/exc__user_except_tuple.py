class A(Exception):
    pass


class B(Exception):
    pass


class C(A):
    pass


handlers = (A, B)
for cls in (A, B, C, ValueError):
    try:
        try:
            raise cls(cls.__name__)
        except (A, B) as e:
            print("tuple caught", type(e).__name__, e)
        except (KeyError, ValueError) as e:
            print("builtin tuple caught", type(e).__name__, e)
    except Exception as e:
        print("escaped", e)

for cls in (C, B):
    try:
        raise cls()
    except handlers as e:
        print("via a variable:", type(e).__name__, isinstance(e, handlers))

try:
    try:
        raise B("nested tuple")
    except (ValueError, (KeyError, B)) as e:
        print("nested tuple:", e)
except TypeError as e:
    print("nested tuple:", type(e).__name__, e)

try:
    try:
        raise C("c")
    except (B,):
        print("wrong")
except A as e:
    print("outer", type(e).__name__)


class NotAnException:
    pass


try:
    try:
        raise A("x")
    except NotAnException:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
