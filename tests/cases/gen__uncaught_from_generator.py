def parse_ints(words):
    for w in words:
        yield int(w)


total = 0
for n in parse_ints(["1", "2", "3"]):
    total += n
print("total", total)
values = [n * 2 for n in parse_ints(["4", "5", "six", "7"])]
print("unreachable", values)
