class StorageError(Exception):
    pass


class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(3, "not a number") from e


try:
    parse("abc")
except ParseError as e:
    print(type(e).__name__, e, e.line)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)


def load():
    try:
        parse("x")
    except ParseError as e:
        raise StorageError("load failed") from e


try:
    load()
except StorageError as e:
    print(e, "<-", e.__cause__, "<-", e.__cause__.__cause__)

try:
    try:
        raise StorageError("first")
    except StorageError:
        raise ParseError(1, "second")
except ParseError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__))

try:
    try:
        raise StorageError("hidden")
    except StorageError:
        raise ParseError(2, "clean") from None
except ParseError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# from an exception class (instantiated)
try:
    raise StorageError("with class cause") from KeyError
except StorageError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))

try:
    raise StorageError("bad") from 5
except TypeError as e:
    print(type(e).__name__, e)

load()
