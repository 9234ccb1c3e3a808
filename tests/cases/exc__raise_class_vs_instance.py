# raising a class instantiates it with no arguments
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, repr(str(e)))

try:
    raise ValueError("with message")
except ValueError as e:
    print("instance raised:", repr(e))

# raising an existing instance twice gives the same object
err = KeyError("shared")
caught = []
for _ in range(2):
    try:
        raise err
    except KeyError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is err)

# raising something that is not an exception
for bad in ["a string", 42, None, int]:
    try:
        raise bad
    except TypeError as e:
        print(repr(bad) if not callable(bad) else "int class", "->", e)

# raising via a variable holding a class
kind = IndexError
try:
    raise kind("dynamic")
except LookupError as e:
    print(type(e).__name__, e)
