checks = [
    ("1/0", lambda: 1 / 0),
    ("2.0**5000", lambda: 2.0 ** 5000),
    ("[][0]", lambda: [][0]),
    ("{}['x']", lambda: {}["x"]),
    ("int('z')", lambda: int("z")),
    ("None + 1", lambda: None + 1),
    ("undefined", lambda: undefined),
]
for label, fn in checks:
    try:
        fn()
    except ArithmeticError as e:
        print(label, "ArithmeticError <-", type(e).__name__)
    except LookupError as e:
        print(label, "LookupError <-", type(e).__name__)
    except Exception as e:
        print(label, "Exception <-", type(e).__name__)

pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (Exception, BaseException), (KeyError, IndexError),
    (AssertionError, Exception), (ValueError, TypeError), (BaseException, Exception),
]
for sub, base in pairs:
    try:
        raise sub("probe")
    except base:
        print(type(sub("x")).__name__, "is caught by", type(base("x")).__name__)
    except BaseException:
        print(type(sub("x")).__name__, "is NOT caught by", type(base("x")).__name__)
