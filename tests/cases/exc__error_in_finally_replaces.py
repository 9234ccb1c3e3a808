def replaced():
    try:
        raise ValueError("original")
    finally:
        print("finally raising a new error")
        raise KeyError("from finally")


try:
    replaced()
except ValueError:
    print("not reached: the original was replaced")
except KeyError as e:
    print("caught", repr(e))


def error_in_handler_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handler runs")
        [].pop()
    finally:
        print("finally still runs")


try:
    error_in_handler_then_finally()
except IndexError as e:
    print("caught", type(e).__name__, e)


def return_in_finally_discards():
    try:
        raise RuntimeError("discarded")
    finally:
        return "finally won"


print(return_in_finally_discards())
