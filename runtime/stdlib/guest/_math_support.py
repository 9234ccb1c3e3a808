# Guest code behind math.prod when the items are class instances (their __mul__/__rmul__ are guest code):
# see runtime/stdlib/native/math.py.


def prod(iterable, start):
    result = start
    for x in iterable:
        result = result * x
    return result
