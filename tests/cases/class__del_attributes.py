class Box:
    label = "class label"

    def __init__(self):
        self.label = "instance label"
        self.size = 3


b = Box()
print(b.label)
del b.label
print(b.label)  # falls back to the class attribute
try:
    del b.label
except AttributeError as e:
    print(type(e).__name__, e)

del b.size
try:
    print(b.size)
except AttributeError as e:
    print(type(e).__name__, e)

try:
    del b.never
except AttributeError as e:
    print(type(e).__name__, e)

# deleting a class attribute
del Box.label
try:
    print(b.label)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Box.label
except AttributeError as e:
    print(type(e).__name__, e)

# delattr / setattr builtins
setattr(b, "color", "red")
print(b.color, getattr(b, "color"))
delattr(b, "color")
print(hasattr(b, "color"))
setattr(Box, "shared", 10)
print(b.shared)
delattr(Box, "shared")
print(hasattr(b, "shared"))

# re-adding after deletion
b.size = 99
print(b.size, sorted(b.__dict__))
