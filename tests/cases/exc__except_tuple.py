def risky(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    return "fine"


for kind in ["key", "index", "zero", "type", "none"]:
    try:
        print(kind, "->", risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup problem:", type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        print(kind, "-> other problem:", type(e).__name__, e)

# the tuple can be built dynamically
handled = (ValueError,) + (TypeError,)
try:
    int("nope")
except handled as e:
    print("dynamic tuple caught", type(e).__name__)

# nested tuples are NOT accepted when matching: the except clause itself raises TypeError
try:
    try:
        [].pop()
    except ((ValueError, KeyError), IndexError) as e:
        print("nested tuple caught", type(e).__name__, e)
except TypeError as e:
    print("TypeError:", e)

# neither are non-exception classes in the tuple
try:
    try:
        [].pop()
    except (IndexError, int):
        print("not reached either")
except TypeError as e:
    print("TypeError:", e)

# first matching clause wins
try:
    {}[0]
except LookupError:
    print("LookupError clause first")
except KeyError:
    print("never reached")
