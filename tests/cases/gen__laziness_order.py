def numbers():
    print("start")
    for i in range(3):
        print("about to yield", i)
        yield i
        print("resumed after", i)
    print("end")


g = numbers()
print("created, nothing ran yet")
for v in g:
    print("loop body", v)
print("after loop")

def tagged(name, items):
    for x in items:
        print(f"{name} produces {x}")
        yield x


pipeline = tagged("B", (y * 10 for y in tagged("A", [1, 2, 3])))
print("pipeline built")
for out in pipeline:
    print("consumer got", out)
