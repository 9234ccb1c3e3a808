class AppError(Exception):
    pass


class NotFound(AppError):
    pass


try:
    raise NotFound("item 7")
except AppError as e:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)

try:
    raise NotFound
except NotFound as e:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)

e = AppError("a", 2, None)
print(str(e), repr(e), e.args, len(e.args))
print(repr(AppError()), str(AppError()), repr(AppError("only")))
print(isinstance(NotFound(), Exception), issubclass(NotFound, AppError), issubclass(AppError, NotFound))
print(issubclass(NotFound, BaseException), isinstance(NotFound(), ValueError))
print([c.__name__ for c in NotFound.__mro__])
print(f"{NotFound('f-string')}", [NotFound("in list")], {"k": AppError(1)})

# catching by Exception and by the exact class
for exc in (AppError("base"), NotFound("derived")):
    try:
        raise exc
    except NotFound:
        print("NotFound handler:", exc)
    except AppError:
        print("AppError handler:", exc)

# the instance is the same object that was raised
err = NotFound("same")
try:
    raise err
except Exception as caught:
    print(caught is err)

# args can be replaced
err.args = ("new", "args")
print(str(err), repr(err))


class NoArgsSeen(Exception):
    def __init__(self):
        pass


print(repr(NoArgsSeen()), NoArgsSeen().args)
