# `and` / `or` return one of their operands, not necessarily a bool
print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or "default")
print("value" or "default")
print([] and "never")
print([0] and "list was truthy")
print(None or 0 or "" or [] )
print(None or 0 or "last truthy" or [])
print(1 and "a" and 3.5)
print(1 and "" and 3.5)
print(repr(0.0 or None))
print(not 0, not 1, not [], not "x")
print(type(1 and 2).__name__, type(1 > 0 and 2 > 1).__name__)

# precedence: not > and > or
print(True or False and False)
print((True or False) and False)
print(not True or True)
print(not (True or True))

# common idioms
def greet(name=None):
    return "hello " + (name or "stranger")


print(greet(), greet("ann"), greet(""))
d = {}
print(d.get("x") or 42)
