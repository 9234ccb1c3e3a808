samples = [
    ValueError(),
    ValueError("one"),
    ValueError("two", 2),
    ValueError(42),
    KeyError("key"),
    KeyError(3),
    KeyError(),
    KeyError("a", "b"),
    IndexError("idx"),
    TypeError(None),
    Exception("msg with 'quotes'"),
    Exception('msg with "double"'),
    RuntimeError(["list", "arg"]),
    StopIteration(7),
    AssertionError(),
    ZeroDivisionError("custom"),
    NotImplementedError("todo"),
    BaseException("base"),
]
for e in samples:
    print(type(e).__name__, "| args =", e.args, "| str =", str(e), "| repr =", repr(e))

# an exception in an f-string and in a container
err = ValueError("bad value")
print(f"{err}", f"{err!r}", [err], (KeyError("k"),))

# args from a raised builtin error
try:
    int("12x")
except ValueError as e:
    print(len(e.args), e.args[0])
