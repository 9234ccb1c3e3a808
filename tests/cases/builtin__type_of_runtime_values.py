import sys


def gen():
    yield 1


class A:
    def m(self):
        pass


print(type(print), repr(type(len)), type(lambda: 0), type(sys), type(gen()), type(gen))
print('%s' % (type(print),), f"{type(gen)!r}", [type(len)], str(type(len)), "{}".format(type(sys)))
print(type([].append), type(gen().send), type(A().m), type(A), type(A()), type(property()))
print(type(len).__name__, type(lambda: 0).__qualname__, type(sys).__module__, type(gen()).__name__)
print(isinstance(len, type(print)), isinstance(gen, type(gen)), type(gen) is type(lambda: 0))
print(type(len) == type(print), type(gen()) is type(gen()), type(type(len)))
for t in (type(len), type(gen())):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
type(len)
