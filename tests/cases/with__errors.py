# objects that are not context managers, and errors raised by __enter__/__exit__
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *a):
        return False


class FailingEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")


for manager in (1, "text", [1], OnlyEnter(), OnlyExit(), OnlyEnter, None):
    try:
        with manager:
            print("body ran")
    except TypeError as e:
        print("TypeError:", e)

try:
    with FailingEnter():
        print("body must not run")
except ValueError as e:
    print("ValueError:", e)

try:
    with FailingExit():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))

try:
    with FailingExit():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "context:", e.__context__)


class Manager:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__ if exc_type else None)
        return False


with Manager() as (a, b):
    print(a, b)
try:
    with Manager() as (a, b, c):
        pass
except ValueError as e:
    print("ValueError:", e)

with FailingExit():
    pass
