class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError("past the end")
        return i * i


for x in Squares(3):
    print("got", x)
print(list(Squares(4)))
print(3 in Squares(2), 4 in Squares(5))
print(sum(Squares(5)), sorted(Squares(3), reverse=True))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
print(list(zip(Squares(3), "ab")))
print(list(enumerate(Squares(2))))


class Letters:
    def __getitem__(self, i):
        return "abc"[i]  # IndexError from the string ends the iteration


print(list(Letters()), "".join(Letters()))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(StopsWithStopIteration()))


class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an IndexError")
        return i


try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)


class WithIterToo:
    def __getitem__(self, i):
        return "from getitem"

    def __iter__(self):
        return iter(["from iter"])


print(list(WithIterToo()))
