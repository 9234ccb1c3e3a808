def leaky(it):
    while True:
        yield next(it)


try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause type:", type(e.__cause__).__name__)

def explicit():
    yield 1
    raise StopIteration("manual")


try:
    for v in explicit():
        print("v", v)
except RuntimeError as e:
    print("RuntimeError:", e)

def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return


print(list(safe(iter("abc"))))
