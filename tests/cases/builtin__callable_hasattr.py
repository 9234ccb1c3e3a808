def f():
    pass
print(callable(f), callable(len), callable(lambda: 0), callable(int), callable(ValueError))
print(callable(1), callable("s"), callable([]), callable(None), callable(str.upper), callable("".join))
print(hasattr([], "append"), hasattr([], "push"), hasattr("", "upper"), hasattr(1, "real"))
print(hasattr({}, "keys"), hasattr({}, "add"), hasattr(set(), "add"), hasattr((), "count"))
print(hasattr(1, "bit_length"), hasattr(1.0, "is_integer"), hasattr(b"", "decode"), hasattr("", "decode"))
print(hasattr(range(3), "start"), hasattr(range(3), "index"), hasattr(None, "x"))
print((5).bit_length(), (1.5).is_integer(), range(3).stop, (3).real, (2.5).imag)
try:
    hasattr([], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
for obj in ["s", [1], None, 3, (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
