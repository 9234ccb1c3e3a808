# one-argument builtins on plain values (the compiled tier calls the native directly): results and errors
# must be exactly CPython's for every argument type, plain or not, and names rebound by the program win
values = [0, -7, True, False, 2.5, float("inf"), float("nan"), "", " 42 ", "x9", "3.5", None, [1, 2], (3,),
          {"k": 1}, {4, 5}, frozenset(), b"ab", bytearray(b"c"), range(3)]
for fn in (len, abs, repr, str, int, float, bool, range, enumerate):
    for v in values:
        try:
            r = fn(v)
            if fn is enumerate:
                r = list(r)
            print(fn.__name__, repr(v), "->", repr(r))
        except Exception as e:
            print(fn.__name__, repr(v), "raised", type(e).__name__, e)


class Sized:
    def __len__(self):
        return 3

    def __int__(self):
        return 11

    def __repr__(self):
        return "Sized()"


try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(bool(range(10 ** 20)), repr(range(10 ** 20)))
print(len(Sized()), int(Sized()), repr(Sized()), str(Sized()), bool(Sized()))


def shadowed():
    len = lambda v: "mine"
    return len("abc")


print(shadowed())
print(int("1" * 4300) % 1000)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
for text in ("5", "-12", "1_000", "0x10", "٣"):
    try:
        print(text, int(text))
    except ValueError as e:
        print("ValueError:", e)
