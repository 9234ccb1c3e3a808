# errors raised by native operations, caught in a loop: the guest exception's args, str and repr are
# CPython's whatever the key or message holds
table = {"a": 1, (1, 2): 3}
keys = ["a", "b", "it's", 'say "hi"', 7, 2.5, None, True, (1, 2), (3, 4), frozenset({1})]
for k in keys:
    try:
        print(table[k])
    except KeyError as e:
        print("KeyError", e.args, str(e), repr(e))
items = [1, 2, 3]
for i in (0, 5, -9):
    try:
        print(items[i])
    except IndexError as e:
        print("IndexError", e.args, str(e))
for a, b in ((1, 0), (1.5, 0.0), (7, 2)):
    try:
        print(a / b, a // b, a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e.args, str(e))
for text in ("12", "x", ""):
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError", e.args, repr(e))
for obj in (1, "s", [1], None):
    try:
        obj + 1
    except TypeError as e:
        print("TypeError", e.args)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e.args, str(e))


class Custom(Exception):
    pass


caught = 0
for i in range(30):
    try:
        if i % 3 == 0:
            raise Custom(i, "three")
        if i % 3 == 1:
            raise Custom
        {}[i]
    except Custom as e:
        caught += len(e.args)
    except (TypeError, KeyError) as e:
        caught += 100
print(caught)
